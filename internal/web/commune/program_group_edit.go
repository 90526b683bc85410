package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/web/ui"
)

// RenameGroup changes a group's name; its numeral and criteria stay. A
// refused rename shows the program again with the name as typed.
func (h *Handlers) RenameGroup(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	groupID, ok := h.ui.PathOr404(w, r, "group")
	if !ok {
		return
	}
	form := renameForm{GroupID: groupID, Name: ui.Value(r, "name"), Version: ui.Version(r)}
	g, err := h.uc.Programs.RenameGroup(r.Context(), ui.ActorOf(r), id, groupID, programs.GroupInput{Name: form.Name, Version: form.Version})
	if err == nil {
		ui.Redirect(w, r, programURL(id), "Đã đổi tên nhóm "+g.Numeral+" thành “"+g.Name+"”.")
		return
	}
	errs := ui.Errors{}
	status, current, ok := ui.Refused(err, errs)
	if !ok {
		h.ui.FailRead(w, r, err)
		return
	}
	if current != 0 {
		form.Version = current
	}
	for _, msg := range errs {
		form.Error = msg
	}
	h.renderProgram(w, r, status, id, func(data *programPage) { data.Rename = form })
}

// DeleteGroup removes a group that has no criteria left.
func (h *Handlers) DeleteGroup(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	groupID, ok := h.ui.PathOr404(w, r, "group")
	if !ok {
		return
	}
	g, err := h.uc.Programs.DeleteGroup(r.Context(), ui.ActorOf(r), id, groupID)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	ui.Redirect(w, r, programURL(id), "Đã xóa nhóm "+g.Numeral+".")
}
