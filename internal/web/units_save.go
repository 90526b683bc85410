package web

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/orgs"
)

// addUnit adds a unit to the administrator's commune; the criteria whose
// words name it are linked to it at once.
func (s *Server) addUnit(w http.ResponseWriter, r *http.Request) {
	form := unitForm{Code: formValue(r, "code"), Name: formValue(r, "name"), ShortName: formValue(r, "short_name")}
	saved, err := s.uc.orgs.AddUnit(r.Context(), actorOf(r), orgs.UnitInput{Code: form.Code, Name: form.Name, ShortName: form.ShortName})
	if err == nil {
		redirectWithFlash(w, r, "/units", fmt.Sprintf("Đã thêm “%s”%s. Có thể gắn người dùng với đơn vị này.", saved.Unit.ShortName, relinkedWords(saved)))
		return
	}
	errs := fieldErrors{}
	status, _, ok := refusedForm(err, errs)
	if !ok {
		s.failRead(w, r, err)
		return
	}
	data, err := s.unitsPageData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data.Form, data.Errors = form, errs
	s.render(w, r, status, "units", data)
}

// editUnit renames a unit of the administrator's commune. The code stays:
// imports and links find the unit by it.
func (s *Server) editUnit(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	form := unitForm{ID: id, Name: formValue(r, "name"), ShortName: formValue(r, "short_name"), Version: formVersion(r)}
	saved, err := s.uc.orgs.RenameUnit(r.Context(), actorOf(r), id, orgs.UnitInput{Name: form.Name, ShortName: form.ShortName, Version: form.Version})
	if err == nil {
		redirectWithFlash(w, r, "/units", fmt.Sprintf("Đã lưu tên “%s”%s.", saved.Unit.ShortName, relinkedWords(saved)))
		return
	}
	errs := fieldErrors{}
	status, current, ok := refusedForm(err, errs)
	if !ok {
		s.failRead(w, r, err)
		return
	}
	data, err := s.unitsPageData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if u, ok := data.Unit(id); ok {
		form.Code = u.Code
	}
	if current != 0 {
		form.Version = current
	}
	data.Edit, data.EditErrors = form, errs
	s.render(w, r, status, "units", data)
}

// relinkedWords says how many criteria a unit's save linked again, if any.
func relinkedWords(saved orgs.UnitSaved) string {
	if saved.Relinked == 0 {
		return ""
	}
	return fmt.Sprintf("; %d tiêu chí được gắn lại với cơ quan, đơn vị theo tên ghi trong tiêu chí", saved.Relinked)
}
