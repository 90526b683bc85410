package entry

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// History is the history of one criterion's values: its program, the
// record of each period of the program's year, and every change, newest
// first.
type History struct {
	Program   domain.Program
	Criterion domain.Criterion
	Label     string            // "II.6"
	Records   []domain.Progress // oldest period first
	Changes   []domain.ProgressChange
}

// History reads the history of a criterion of the actor's organisation; a
// criterion of another one is not found.
func (s *Service) History(ctx context.Context, a usecase.Actor, criterionID int64) (History, error) {
	if err := a.Require(domain.ActView); err != nil {
		return History{}, err
	}
	st := s.env.Store
	prog, err := st.ProgramOfCriterion(ctx, a.Org.ID, criterionID)
	if err != nil {
		return History{}, err
	}
	changes, err := st.ProgressHistory(ctx, a.Org.ID, criterionID)
	if err != nil {
		return History{}, err
	}
	records, err := st.ProgressUpTo(ctx, prog.ID, domain.Period{Kind: domain.Year, Year: prog.Year})
	if err != nil {
		return History{}, err
	}
	c := criteriaOf(prog)[criterionID] // there: the program is the criterion's own
	return History{Program: prog, Criterion: c.Criterion, Label: c.Label, Records: records[criterionID], Changes: changes}, nil
}
