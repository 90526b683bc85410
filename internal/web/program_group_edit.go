package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/programs"
)

// renameGroup changes a group's name; its numeral and criteria stay. A
// refused rename shows the program again with the name as typed.
func (s *Server) renameGroup(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	groupID, ok := s.pathOr404(w, r, "group")
	if !ok {
		return
	}
	form := renameForm{GroupID: groupID, Name: formValue(r, "name"), Version: formVersion(r)}
	g, err := s.uc.programs.RenameGroup(r.Context(), actorOf(r), id, groupID, programs.GroupInput{Name: form.Name, Version: form.Version})
	if err == nil {
		redirectWithFlash(w, r, programURL(id), "Đã đổi tên nhóm "+g.Numeral+" thành “"+g.Name+"”.")
		return
	}
	errs := fieldErrors{}
	status, current, ok := refusedForm(err, errs)
	if !ok {
		s.failRead(w, r, err)
		return
	}
	if current != 0 {
		form.Version = current
	}
	for _, msg := range errs {
		form.Error = msg
	}
	s.renderProgram(w, r, status, id, func(data *programPage) { data.Rename = form })
}

// deleteGroup removes a group that has no criteria left.
func (s *Server) deleteGroup(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	groupID, ok := s.pathOr404(w, r, "group")
	if !ok {
		return
	}
	g, err := s.uc.programs.DeleteGroup(r.Context(), actorOf(r), id, groupID)
	if err != nil {
		s.failRead(w, r, err)
		return
	}
	redirectWithFlash(w, r, programURL(id), "Đã xóa nhóm "+g.Numeral+".")
}
