package programs

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Summary is one program of the list: its header and how many criteria it
// has.
type Summary struct {
	domain.Program
	Criteria int
}

// List returns the programs of the actor's organisation, newest first,
// without their groups.
func (s *Service) List(ctx context.Context, a usecase.Actor) ([]Summary, error) {
	if err := a.Require(domain.ActView); err != nil {
		return nil, err
	}
	list, err := s.env.Store.Programs(ctx, a.Org.ID)
	if err != nil {
		return nil, err
	}
	counts, err := s.env.Store.CriteriaCounts(ctx, a.Org.ID)
	if err != nil {
		return nil, err
	}
	out := make([]Summary, len(list))
	for i, p := range list {
		out[i] = Summary{Program: p, Criteria: counts[p.ID]}
	}
	return out, nil
}

// Show returns, in full, the program with the id of the actor's
// organisation.
func (s *Service) Show(ctx context.Context, a usecase.Actor, id int64) (domain.Program, error) {
	if err := a.Require(domain.ActView); err != nil {
		return domain.Program{}, err
	}
	return ownProgram(ctx, s.env.Store, a, id)
}

// CriterionDraft is what the form that adds or edits a criterion shows: the
// program, the criterion being edited (zero when adding), where it sits, and
// the organisation's units for the names the form suggests.
type CriterionDraft struct {
	Program   domain.Program
	Group     domain.Group     // of the criterion being edited
	Criterion domain.Criterion // zero when adding
	Label     string           // "II.4" when editing
	Units     []domain.Unit
}

// NewCriterion returns what the form that adds a criterion to the program
// shows.
func (s *Service) NewCriterion(ctx context.Context, a usecase.Actor, programID int64) (CriterionDraft, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return CriterionDraft{}, err
	}
	p, err := ownProgram(ctx, s.env.Store, a, programID)
	if err != nil {
		return CriterionDraft{}, err
	}
	units, err := s.env.Store.Units(ctx, a.Org.ID)
	return CriterionDraft{Program: p, Units: units}, err
}

// EditCriterion returns what the form that edits the criterion shows, with
// the criterion's version, which the form sends back.
func (s *Service) EditCriterion(ctx context.Context, a usecase.Actor, id int64) (CriterionDraft, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return CriterionDraft{}, err
	}
	ref, p, err := ownCriterion(ctx, s.env.Store, a, id)
	if err != nil {
		return CriterionDraft{}, err
	}
	g, c := findCriterion(&p, ref.ID)
	if c == nil {
		return CriterionDraft{}, fmt.Errorf("criterion %d is not in program %d", ref.ID, p.ID)
	}
	units, err := s.env.Store.Units(ctx, a.Org.ID)
	return CriterionDraft{Program: p, Group: *g, Criterion: *c, Label: ref.Label, Units: units}, err
}
