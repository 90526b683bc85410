// Package programs holds the use cases of work programs: creating and
// editing programs, their groups and criteria (each criterion versioned), the
// Excel import and export of a program, and linking the roles' words to the
// organisation's units.
package programs

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}

// ownProgram loads, in full, the program with the id if it belongs to the
// actor's organisation. A program of another organisation is NotFound, as
// one that does not exist, so that nothing leaks.
func ownProgram(ctx context.Context, st *storage.Store, a usecase.Actor, id int64) (domain.Program, error) {
	p, err := st.Program(ctx, id)
	if err == nil && p.OrgID != a.Org.ID {
		return domain.Program{}, domain.Errorf(domain.NotFound, "không có chương trình công tác số %d", id)
	}
	return p, err
}

// ownCriterion finds the criterion with the id and loads its program, if
// both belong to the actor's organisation; otherwise NotFound.
func ownCriterion(ctx context.Context, st *storage.Store, a usecase.Actor, id int64) (domain.CriterionRef, domain.Program, error) {
	ref, err := st.CriterionRef(ctx, id)
	if err == nil && ref.OrgID != a.Org.ID {
		err = domain.Errorf(domain.NotFound, "không có tiêu chí số %d", id)
	}
	if err != nil {
		return ref, domain.Program{}, err
	}
	p, err := st.Program(ctx, ref.ProgramID)
	return ref, p, err
}

// findCriterion returns the group and the criterion with the given id in p,
// or nils.
func findCriterion(p *domain.Program, id int64) (*domain.Group, *domain.Criterion) {
	for gi := range p.Groups {
		g := &p.Groups[gi]
		for ci := range g.Criteria {
			if g.Criteria[ci].ID == id {
				return g, &g.Criteria[ci]
			}
		}
	}
	return nil, nil
}

// findGroup returns the group of p with the given id, or nil.
func findGroup(p *domain.Program, id int64) *domain.Group {
	for gi := range p.Groups {
		if p.Groups[gi].ID == id {
			return &p.Groups[gi]
		}
	}
	return nil
}
