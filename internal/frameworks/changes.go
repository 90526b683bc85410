package frameworks

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Pending is what the province's framework changed since the commune's
// program was last brought up to it.
type Pending struct {
	Program   domain.Program // the commune's adopted program
	Framework domain.Program // the framework as it is now
	Revision  int            // the framework's current revision: AcceptChanges names it
	Adopted   int            // the revision the program was last brought up to
	Changes   []domain.FrameworkChange
}

// Changes returns the difference, by key, between the commune's program
// adopted from its province's framework and the framework's current
// revision. A commune that has adopted none gets NotFound.
func (s *Service) Changes(ctx context.Context, a usecase.Actor) (Pending, error) {
	if err := commune(a, domain.ActView); err != nil {
		return Pending{}, err
	}
	return pending(ctx, s.env.Store, a)
}

func pending(ctx context.Context, st *storage.Store, a usecase.Actor) (Pending, error) {
	p, err := st.AdoptedProgram(ctx, a.Org.ID)
	if err != nil {
		return Pending{}, err
	}
	fw, err := frameworkOf(ctx, st, a.Org.ParentID, p.FrameworkID)
	if err != nil {
		return Pending{}, err
	}
	withData, err := st.CriteriaWithData(ctx, p.ID)
	if err != nil {
		return Pending{}, err
	}
	return Pending{Program: p, Framework: fw, Revision: fw.Revision, Adopted: p.FrameworkVersion,
		Changes: domain.FrameworkChanges(p, fw, withData)}, nil
}

// AcceptChanges brings the commune's adopted program up to the framework's
// revision the commune saw (revision, from Changes): the keyed criteria
// take the framework's text and targets, the new ones are added with their
// roles linked to the commune's units, and a removed one is deleted, or,
// when it has values, kept as the commune's own with its key cleared (its
// change says so). The commune's own criteria and every value stay. A
// revision older than the framework's is refused as stale: the framework
// changed after the commune looked. It returns the changes applied.
func (s *Service) AcceptChanges(ctx context.Context, a usecase.Actor, revision int) (Pending, error) {
	if err := commune(a, domain.ActEditProgram); err != nil {
		return Pending{}, err
	}
	var out Pending
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		var err error
		if out, err = pending(ctx, tx, a); err != nil {
			return err
		}
		if revision != out.Revision {
			return domain.Errorf(domain.Stale, "Bộ tiêu chí %s của tỉnh đã được sửa (lần %d) sau khi bạn xem (lần %d): xem lại các thay đổi rồi chấp nhận.",
				out.Framework.Number, out.Revision, revision)
		}
		return s.apply(ctx, tx, a, &out)
	})
	return out, err
}

// apply saves the program brought up to the framework and records the
// revision, with the audit entry naming each change.
func (s *Service) apply(ctx context.Context, tx *storage.Store, a usecase.Actor, pend *Pending) error {
	if len(pend.Changes) == 0 && pend.Adopted == pend.Revision {
		return nil
	}
	withData, err := tx.CriteriaWithData(ctx, pend.Program.ID)
	if err != nil {
		return err
	}
	units, err := tx.Units(ctx, a.Org.ID)
	if err != nil {
		return err
	}
	next := domain.ApplyFramework(pend.Program, pend.Framework, withData, units)
	next.ChangedBy, next.ChangedAt = a.Name(), s.env.Now()
	if err := tx.SaveProgram(ctx, &next); err != nil {
		return err
	}
	if err := tx.SetProgramFramework(ctx, next.ID, pend.Framework.ID, pend.Revision); err != nil {
		return err
	}
	before := snapshotOf(pend.Program)
	next.FrameworkVersion = pend.Revision
	pend.Program, pend.Adopted = next, pend.Revision
	lines := make([]string, len(pend.Changes))
	for i, c := range pend.Changes {
		lines[i] = c.String()
	}
	return usecase.Audit(ctx, tx, a, next.ChangedAt, usecase.Change{Action: "framework.accept",
		Entity: "chương trình " + next.Number + " theo bộ tiêu chí của tỉnh (lần sửa " + itoa(pend.Revision) + ")",
		Before: before, After: map[string]any{"program": snapshotOf(next), "changes": lines}})
}
