package web

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

// unitsPage lists the commune's units (offices, departments, schools, firms)
// with how much rests on each; an administrator also adds and renames them.
type unitsPage struct {
	Page
	Rows       []unitRow
	Program    domain.Program // the newest program, whose criteria are counted; zero when none
	Form       unitForm       // the add form, kept after a refusal
	Errors     fieldErrors    // of the add form
	Edit       unitForm       // the unit being renamed; ID 0 when none
	EditErrors fieldErrors
}

type unitRow struct {
	domain.Unit
	Use domain.UnitUse
}

// unitForm is what the add and edit forms send, as typed.
type unitForm struct {
	ID                    int64
	Code, Name, ShortName string
}

func (s *Server) unitsPageData(r *http.Request) (*unitsPage, error) {
	v := mustViewer(r)
	units, err := s.store.Units(r.Context(), v.Org.ID)
	if err != nil {
		return nil, err
	}
	programs, err := s.store.Programs(r.Context(), v.Org.ID)
	if err != nil {
		return nil, err
	}
	data := &unitsPage{Page: s.page(r, "Cơ quan, đơn vị", "users"), Errors: fieldErrors{}, EditErrors: fieldErrors{}}
	if len(programs) > 0 {
		// Programs are newest first; counting over all of them would count a
		// criterion carried from one year to the next twice.
		data.Program = programs[0]
	}
	uses, err := s.store.UnitUses(r.Context(), v.Org.ID, data.Program.ID)
	if err != nil {
		return nil, err
	}
	for _, u := range units {
		data.Rows = append(data.Rows, unitRow{Unit: u, Use: uses[u.ID]})
	}
	return data, nil
}

// listUnits shows the units; with ?edit=ID an administrator gets the form to
// rename that unit (a link, so that it works without JavaScript).
func (s *Server) listUnits(w http.ResponseWriter, r *http.Request) {
	data, err := s.unitsPageData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if raw := r.URL.Query().Get("edit"); raw != "" && data.Can(domain.ActManageUsers) {
		id, _ := strconv.ParseInt(raw, 10, 64)
		u, ok := data.unit(id)
		if !ok {
			s.notFound(w, r)
			return
		}
		data.Edit = unitForm{ID: u.ID, Code: u.Code, Name: u.Name, ShortName: u.ShortName}
	}
	s.render(w, r, http.StatusOK, "units", data)
}

// unit returns the commune's unit with the id; the list holds only the
// commune's, so an id of another commune is not found.
func (p *unitsPage) unit(id int64) (domain.Unit, bool) {
	for _, row := range p.Rows {
		if row.ID == id {
			return row.Unit, true
		}
	}
	return domain.Unit{}, false
}
