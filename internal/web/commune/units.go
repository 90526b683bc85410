package commune

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/web/ui"
)

// unitsPage lists the commune's units (offices, departments, schools, firms)
// with how much rests on each; an administrator also adds and renames them.
type unitsPage struct {
	ui.Page
	orgs.Overview
	Form       unitForm  // the add form, kept after a refusal
	Errors     ui.Errors // of the add form
	Edit       unitForm  // the unit being renamed; ID 0 when none
	EditErrors ui.Errors
}

// unitForm is what the add and edit forms send, as typed.
type unitForm struct {
	ID                    int64
	Code, Name, ShortName string
	Version               int64
}

func formOfUnit(u domain.Unit) unitForm {
	return unitForm{ID: u.ID, Code: u.Code, Name: u.Name, ShortName: u.ShortName, Version: u.Version}
}

func (h *Handlers) unitsPageData(r *http.Request) (*unitsPage, error) {
	o, err := h.uc.Orgs.Overview(r.Context(), ui.ActorOf(r))
	if err != nil {
		return nil, err
	}
	return &unitsPage{Page: h.ui.Page(r, "Cơ quan, đơn vị", "users"), Overview: o, Errors: ui.Errors{}, EditErrors: ui.Errors{}}, nil
}

// Units shows the units; with ?edit=ID an administrator gets the form to
// rename that unit (a link, so that it works without JavaScript).
func (h *Handlers) Units(w http.ResponseWriter, r *http.Request) {
	data, err := h.unitsPageData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	if raw := r.URL.Query().Get("edit"); raw != "" && data.Can(domain.ActManageUsers) {
		id, _ := strconv.ParseInt(raw, 10, 64)
		u, ok := data.Unit(id)
		if !ok {
			h.ui.NotFound(w, r)
			return
		}
		data.Edit = formOfUnit(u)
	}
	h.ui.Render(w, r, http.StatusOK, "units", data)
}
