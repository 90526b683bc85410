package entry

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// GridQuery selects a grid: a period (a month or a quarter) and a unit
// whose criteria it shows (0 for all units). Unit staff always get their own
// unit, whatever they ask for.
type GridQuery struct {
	Period domain.Period
	UnitID int64
}

// Grid is the data-entry grid of a period for an actor: the rows the actor
// may see, each with the period's record, the version and fingerprint it is
// drawn with, the status, what carries forward and the files.
type Grid struct {
	Period    domain.Period
	UnitID    int64 // the unit shown; 0 for all units
	OwnUnit   bool  // unit staff: their own unit, which they cannot change
	Units     []domain.Unit
	Program   domain.Program
	NoProgram string // why there is no grid, when the year has no program
	Locked    bool   // the period's report was issued: nothing can be saved
	Editable  bool   // the actor may enter data and the period is open
	Groups    []GridGroup
	Rows      int
}

// GridGroup is one group of the program with the rows shown of it.
type GridGroup struct {
	Numeral, Name string
	Rows          []GridRow
}

// GridRow is one criterion of the grid.
type GridRow struct {
	Criterion domain.Criterion
	Label     string // "II.6"
	Fields    RowFields
	Record    *domain.Progress // the period's record; nil when there is none
	Version   int64            // the record's version (also of a cleared one)
	Drawn     string           // the record's fingerprint
	Status    domain.Status    // from the period's own record
	Carried   *domain.Progress // the earlier record in force, when the period has no data of its own
	Files     []domain.EvidenceFile
}

// Grid reads the grid of a period for the actor.
func (s *Service) Grid(ctx context.Context, a usecase.Actor, q GridQuery) (Grid, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Grid{}, err
	}
	if err := domain.DataPeriod(q.Period); err != nil {
		return Grid{}, err
	}
	st := s.env.Store
	g := Grid{Period: q.Period}
	var err error
	if g.Units, err = st.Units(ctx, a.Org.ID); err != nil {
		return Grid{}, err
	}
	if err := g.selectUnit(a, q.UnitID); err != nil {
		return Grid{}, err
	}
	if g.Locked, err = st.PeriodLocked(ctx, a.Org.ID, q.Period); err != nil {
		return Grid{}, err
	}
	g.Program, err = programFor(ctx, st, a, q.Period, "")
	if domain.IsNotFound(err) {
		g.NoProgram = noProgram(q.Period.Year)
		return g, nil
	}
	if err != nil {
		return Grid{}, err
	}
	g.Editable = a.Can(domain.ActEnterData) && !g.Locked
	state, err := loadPeriod(ctx, st, g.Program, q.Period)
	if err != nil {
		return Grid{}, err
	}
	upTo, err := st.ProgressUpTo(ctx, g.Program.ID, q.Period)
	if err != nil {
		return Grid{}, err
	}
	files, err := st.EvidenceFiles(ctx, a.Org.ID, g.Program.ID, q.Period)
	if err != nil {
		return Grid{}, err
	}
	for _, grp := range g.Program.Groups {
		gg := GridGroup{Numeral: grp.Numeral, Name: grp.Name}
		for _, c := range grp.Criteria {
			if g.shows(c) {
				gg.Rows = append(gg.Rows, gridRow(grp, c, state, upTo[c.ID], files[c.ID], q.Period))
			}
		}
		if len(gg.Rows) > 0 {
			g.Groups = append(g.Groups, gg)
			g.Rows += len(gg.Rows)
		}
	}
	return g, nil
}

// selectUnit sets the unit shown: staff get their own; others any unit of
// their organisation (another's is not found) or all units.
func (g *Grid) selectUnit(a usecase.Actor, unitID int64) error {
	if a.User.Role == domain.RoleStaff {
		g.UnitID, g.OwnUnit = a.User.UnitID, true
		return nil
	}
	if unitID == 0 {
		return nil
	}
	for _, u := range g.Units {
		if u.ID == unitID {
			g.UnitID = unitID
			return nil
		}
	}
	return domain.Errorf(domain.NotFound, "không có cơ quan, đơn vị này")
}

// shows reports whether criterion c is a row of the grid: the unit shown
// leads it, or all units are shown. A staff user without a unit sees no
// criteria rather than all of them.
func (g *Grid) shows(c domain.Criterion) bool {
	if g.UnitID == 0 {
		return !g.OwnUnit
	}
	return c.LedBy(g.UnitID)
}

func gridRow(grp domain.Group, c domain.Criterion, state periodState, records []domain.Progress, files []domain.EvidenceFile, p domain.Period) GridRow {
	rec := asShown(state.records[c.ID])
	row := GridRow{Criterion: c, Label: domain.CriterionKey(grp, c), Fields: Fields(c.ID), Record: rec,
		Version: state.version(c.ID), Drawn: drawn(c, rec), Status: c.Evaluate(rec), Files: files}
	// A period without data of its own (no record, or one that holds only a
	// note or evidence) shows what carries forward, by the rule of StatusAt.
	if row.Status == domain.NoData {
		row.Carried = c.InForce(records, p)
	}
	return row
}

// asShown is a record as the grid shows it: its evidence on one line
// (domain.EvidenceLine), as the row's one-line input holds it.
func asShown(rec *domain.Progress) *domain.Progress {
	if rec == nil {
		return nil
	}
	out := *rec
	out.Evidence = domain.EvidenceLine(rec.Evidence)
	return &out
}
