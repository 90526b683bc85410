package web

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
)

// unitsPage lists the commune's units (offices, departments, schools, firms)
// with how much rests on each; an administrator also adds and renames them.
type unitsPage struct {
	Page
	orgs.Overview
	Form       unitForm    // the add form, kept after a refusal
	Errors     fieldErrors // of the add form
	Edit       unitForm    // the unit being renamed; ID 0 when none
	EditErrors fieldErrors
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

func (s *Server) unitsPageData(r *http.Request) (*unitsPage, error) {
	o, err := s.uc.orgs.Overview(r.Context(), actorOf(r))
	if err != nil {
		return nil, err
	}
	return &unitsPage{Page: s.page(r, "Cơ quan, đơn vị", "users"), Overview: o, Errors: fieldErrors{}, EditErrors: fieldErrors{}}, nil
}

// listUnits shows the units; with ?edit=ID an administrator gets the form to
// rename that unit (a link, so that it works without JavaScript).
func (s *Server) listUnits(w http.ResponseWriter, r *http.Request) {
	data, err := s.unitsPageData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if raw := r.URL.Query().Get("edit"); raw != "" && data.Can(domain.ActManageUsers) {
		id, _ := strconv.ParseInt(raw, 10, 64)
		u, ok := data.Unit(id)
		if !ok {
			s.notFound(w, r)
			return
		}
		data.Edit = formOfUnit(u)
	}
	s.render(w, r, http.StatusOK, "units", data)
}
