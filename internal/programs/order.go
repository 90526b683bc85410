package programs

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Moved is what moving a criterion did: its key before and after ("I.3" →
// "I.2"), or no move when it was already first or last.
type Moved struct {
	ProgramID int64
	From, To  string // To is "" when nothing moved
}

// MoveCriterion moves a criterion one place up (delta -1) or down (+1)
// within its group; the group is renumbered from 1.
func (s *Service) MoveCriterion(ctx context.Context, a usecase.Actor, id int64, delta int) (Moved, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return Moved{}, err
	}
	if delta != -1 && delta != 1 {
		return Moved{}, domain.InvalidInput("Hướng chuyển phải là lên (up) hoặc xuống (down).",
			[]domain.Problem{{Field: "direction", Message: "Hướng chuyển phải là lên (up) hoặc xuống (down)."}})
	}
	var out Moved
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		ref, p, err := ownCriterion(ctx, tx, a, id)
		if err != nil {
			return err
		}
		out = Moved{ProgramID: p.ID, From: ref.Label}
		moved, err := tx.MoveCriterion(ctx, ref.ID, delta)
		if err != nil || !moved {
			return err
		}
		now, err := tx.CriterionRef(ctx, ref.ID)
		if err != nil {
			return err
		}
		out.To = now.Label
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "criterion.move", Entity: "tiêu chí " + ref.Label + " (" + p.Number + ")",
			Before: ref.Label, After: now.Label})
	})
	return out, err
}

// Deleted is the criterion a delete removed, as it was.
type Deleted struct {
	Program   domain.Program // as it was before the delete
	Label     string
	Criterion domain.Criterion
}

// DeleteCriterion deletes a criterion that has no recorded data (progress,
// its history or evidence) and renumbers its group; one with data is a
// Conflict, and the program as it stands comes back with the error so that
// its page can say why.
func (s *Service) DeleteCriterion(ctx context.Context, a usecase.Actor, id int64) (Deleted, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return Deleted{}, err
	}
	var out Deleted
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		ref, p, err := ownCriterion(ctx, tx, a, id)
		if err != nil {
			return err
		}
		g, c := findCriterion(&p, ref.ID)
		out = Deleted{Program: p, Label: ref.Label, Criterion: *c}
		if err := tx.DeleteCriterion(ctx, ref.ID); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "criterion.delete", Entity: "tiêu chí " + ref.Label + " (" + p.Number + ")",
			Before: snapshotCriterion(*g, *c)})
	})
	return out, err
}
