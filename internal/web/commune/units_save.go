package commune

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/web/ui"
)

// AddUnit adds a unit to the administrator's commune; the criteria whose
// words name it are linked to it at once.
func (h *Handlers) AddUnit(w http.ResponseWriter, r *http.Request) {
	form := unitForm{Code: ui.Value(r, "code"), Name: ui.Value(r, "name"), ShortName: ui.Value(r, "short_name")}
	saved, err := h.uc.Orgs.AddUnit(r.Context(), ui.ActorOf(r), orgs.UnitInput{Code: form.Code, Name: form.Name, ShortName: form.ShortName})
	if err == nil {
		ui.Redirect(w, r, "/units", fmt.Sprintf("Đã thêm “%s”%s. Có thể gắn người dùng với đơn vị này.", saved.Unit.ShortName, relinkedWords(saved)))
		return
	}
	errs := ui.Errors{}
	status, _, ok := ui.Refused(err, errs)
	if !ok {
		h.ui.FailRead(w, r, err)
		return
	}
	data, err := h.unitsPageData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data.Form, data.Errors = form, errs
	h.ui.Render(w, r, status, "units", data)
}

// EditUnit renames a unit of the administrator's commune. The code stays:
// imports and links find the unit by it.
func (h *Handlers) EditUnit(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	form := unitForm{ID: id, Name: ui.Value(r, "name"), ShortName: ui.Value(r, "short_name"), Version: ui.Version(r)}
	saved, err := h.uc.Orgs.RenameUnit(r.Context(), ui.ActorOf(r), id, orgs.UnitInput{Name: form.Name, ShortName: form.ShortName, Version: form.Version})
	if err == nil {
		ui.Redirect(w, r, "/units", fmt.Sprintf("Đã lưu tên “%s”%s.", saved.Unit.ShortName, relinkedWords(saved)))
		return
	}
	errs := ui.Errors{}
	status, current, ok := ui.Refused(err, errs)
	if !ok {
		h.ui.FailRead(w, r, err)
		return
	}
	data, err := h.unitsPageData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	if u, ok := data.Unit(id); ok {
		form.Code = u.Code
	}
	if current != 0 {
		form.Version = current
	}
	data.Edit, data.EditErrors = form, errs
	h.ui.Render(w, r, status, "units", data)
}

// relinkedWords says how many criteria a unit's save linked again, if any.
func relinkedWords(saved orgs.UnitSaved) string {
	if saved.Relinked == 0 {
		return ""
	}
	return fmt.Sprintf("; %d tiêu chí được gắn lại với cơ quan, đơn vị theo tên ghi trong tiêu chí", saved.Relinked)
}
