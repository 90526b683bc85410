package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// dataSelection is which grid a request asks for: a period (a month or a
// quarter) and a unit (0 for all units).
type dataSelection struct {
	Period  domain.Period
	UnitID  int64
	OwnUnit bool // a staff user's own unit, which they cannot change
}

// query returns the URL query that selects the grid again.
func (sel dataSelection) query() string {
	q := url.Values{"period": {sel.Period.String()}}
	if sel.UnitID != 0 {
		q.Set("unit", strconv.FormatInt(sel.UnitID, 10))
	}
	return "/data?" + q.Encode()
}

// dataGrid shows the grid of a period and unit.
func (s *Server) dataGrid(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	grid, err := s.openGrid(r.Context(), v, r.URL.Query())
	if err == nil {
		err = s.fillGrid(r.Context(), v, grid)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "data", s.dataPageOf(r, grid, nil, fieldErrors{}))
}

// openGrid reads the period and unit a request selects and loads that grid,
// reading the organisation's units once for both.
func (s *Server) openGrid(ctx context.Context, v viewer, q url.Values) (*grid, error) {
	units, err := s.store.Units(ctx, v.Org.ID)
	if err != nil {
		return nil, err
	}
	sel, err := s.dataSelect(v, q, units)
	if err != nil {
		return nil, err
	}
	return s.loadGrid(ctx, v, sel, units)
}

// dataSelect reads the period and unit of a request. Staff always get their
// own unit, whatever the request says; others may pick any unit of their
// organisation (a unit of another one is not found) or all units.
func (s *Server) dataSelect(v viewer, q url.Values, units []domain.Unit) (dataSelection, error) {
	sel := dataSelection{Period: s.defaultPeriod()}
	if text := q.Get("period"); text != "" {
		p, err := domain.ParsePeriod(text)
		if err != nil {
			return sel, err
		}
		if p.Kind != domain.Month && p.Kind != domain.Quarter {
			return sel, domain.Errorf(domain.Invalid, "số liệu được nhập theo tháng hoặc theo quý; hãy chọn một tháng hoặc một quý")
		}
		sel.Period = p
	}
	if v.User.Role == domain.RoleStaff {
		sel.UnitID, sel.OwnUnit = v.User.UnitID, true
		return sel, nil
	}
	text := q.Get("unit")
	if text == "" || text == "all" {
		return sel, nil
	}
	id, err := strconv.ParseInt(text, 10, 64)
	if err != nil || id <= 0 {
		return sel, domain.Errorf(domain.NotFound, "không có cơ quan, đơn vị này")
	}
	for _, u := range units {
		if u.ID == id {
			sel.UnitID = id
			return sel, nil
		}
	}
	return sel, domain.Errorf(domain.NotFound, "không có cơ quan, đơn vị này")
}

// grid is everything a data-entry page shows, read from the store: the
// selection, units, lock and program by loadGrid, the rows' records by
// fillGrid.
type grid struct {
	Sel       dataSelection
	Units     []domain.Unit
	Program   domain.Program
	NoProgram string // why there is no grid, when the year has no program
	Current   map[int64]*domain.Progress
	UpTo      map[int64][]domain.Progress
	Files     map[int64][]storage.EvidenceFile
	Locked    bool
}

func (s *Server) loadGrid(ctx context.Context, v viewer, sel dataSelection, units []domain.Unit) (*grid, error) {
	g := &grid{Sel: sel, Units: units, Current: map[int64]*domain.Progress{}}
	var err error
	if g.Locked, err = s.store.PeriodLocked(ctx, v.Org.ID, sel.Period); err != nil {
		return nil, err
	}
	g.Program, err = s.store.ProgramForYear(ctx, v.Org.ID, sel.Period.Year)
	if domain.IsNotFound(err) {
		g.NoProgram = "Chưa có chương trình công tác năm " + strconv.Itoa(sel.Period.Year) + " nên chưa có tiêu chí để nhập số liệu. Quản trị hoặc lãnh đạo tạo chương trình ở mục Chương trình."
		return g, nil
	}
	if err != nil {
		return nil, err
	}
	return g, nil
}

// fillGrid reads what the grid's rows show: the period's records, the
// earlier ones that carry forward, the files. A save needs none of it unless
// it is refused and the grid is shown again.
func (s *Server) fillGrid(ctx context.Context, v viewer, g *grid) error {
	if g.NoProgram != "" {
		return nil
	}
	current, err := s.store.ProgressFor(ctx, g.Program.ID, g.Sel.Period)
	if err != nil {
		return err
	}
	for i := range current {
		g.Current[current[i].CriterionID] = &current[i]
	}
	if g.UpTo, err = s.store.ProgressUpTo(ctx, g.Program.ID, g.Sel.Period); err != nil {
		return err
	}
	g.Files, err = s.store.EvidenceFiles(ctx, v.Org.ID, g.Program.ID, g.Sel.Period)
	return err
}

// shows reports whether criterion c is a row of the grid: the selected unit
// leads it, or all units are selected. A staff user without a unit sees no
// criteria rather than all of them.
func (sel dataSelection) shows(c domain.Criterion) bool {
	if sel.UnitID == 0 {
		return !sel.OwnUnit
	}
	for _, id := range c.Roles.Lead.UnitIDs {
		if id == sel.UnitID {
			return true
		}
	}
	return false
}
