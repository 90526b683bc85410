package orgs

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Units returns the units of the actor's organisation, sorted by name as
// Vietnamese sorts.
func (s *Service) Units(ctx context.Context, a usecase.Actor) ([]domain.Unit, error) {
	if err := a.Require(domain.ActView); err != nil {
		return nil, err
	}
	return s.env.Store.Units(ctx, a.Org.ID)
}

// UnitRow is one unit of the units screen, with how much rests on it.
type UnitRow struct {
	domain.Unit
	Use domain.UnitUse
}

// Overview is the units screen: every unit with the criteria it leads in the
// newest program (zero when there is none) and its user accounts.
type Overview struct {
	Units   []UnitRow
	Program domain.Program // the newest program, whose criteria are counted
}

// Unit returns the row of the unit with the id, if the overview has it.
func (o Overview) Unit(id int64) (domain.Unit, bool) {
	for _, row := range o.Units {
		if row.ID == id {
			return row.Unit, true
		}
	}
	return domain.Unit{}, false
}

// Overview returns the units screen of the actor's organisation.
func (s *Service) Overview(ctx context.Context, a usecase.Actor) (Overview, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Overview{}, err
	}
	st := s.env.Store
	units, err := st.Units(ctx, a.Org.ID)
	if err != nil {
		return Overview{}, err
	}
	programs, err := st.Programs(ctx, a.Org.ID)
	if err != nil {
		return Overview{}, err
	}
	var out Overview
	if len(programs) > 0 {
		// Programs are newest first; counting over all of them would count a
		// criterion carried from one year to the next twice.
		out.Program = programs[0]
	}
	uses, err := st.UnitUses(ctx, a.Org.ID, out.Program.ID)
	if err != nil {
		return Overview{}, err
	}
	for _, u := range units {
		out.Units = append(out.Units, UnitRow{Unit: u, Use: uses[u.ID]})
	}
	return out, nil
}
