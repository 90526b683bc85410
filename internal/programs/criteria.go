package programs

import (
	"context"
	"errors"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// CriterionInput is a criterion as a person typed it. Problems name the
// fields "group", "text" and "targets".
type CriterionInput struct {
	GroupID                        int64
	Text                           string
	Targets                        string // as FormatTargets writes them; "" or "Đạt" for a qualitative criterion
	Monitoring, Lead, Coordinating string // the roles' words, kept as written
	Version                        int64  // of the criterion the form was drawn with, when editing
}

// Saved is a criterion after a save, with its key ("II.4") and group.
type Saved struct {
	ProgramID int64
	Group     domain.Group
	Criterion domain.Criterion
	Key       string
}

// criterion checks the input against program p and returns the criterion
// it gives, unnumbered, its roles' words as written and not yet linked.
func (in CriterionInput) criterion(p *domain.Program) (domain.Criterion, error) {
	var probs []domain.Problem
	if findGroup(p, in.GroupID) == nil {
		probs = append(probs, domain.Problem{Field: "group", Message: "Chọn nhóm của tiêu chí."})
	}
	c := domain.Criterion{Text: domain.NFC(strings.ReplaceAll(in.Text, "\r\n", "\n")), Roles: domain.Roles{
		Monitoring:   domain.Role{Text: domain.NFC(in.Monitoring)},
		Lead:         domain.Role{Text: domain.NFC(in.Lead)},
		Coordinating: domain.Role{Text: domain.NFC(in.Coordinating)},
	}}
	if c.Text == "" {
		probs = append(probs, domain.Problem{Field: "text", Message: "Nhập nội dung tiêu chí."})
	}
	targets, err := domain.ParseTargets(in.Targets)
	if err != nil {
		msg := "Chỉ tiêu chưa đúng dạng."
		var de *domain.Error
		if errors.As(err, &de) {
			msg = domain.Sentence(de.Message)
		}
		probs = append(probs, domain.Problem{Field: "targets", Message: msg})
	}
	c.Targets = targets
	if len(probs) > 0 {
		return c, domain.InvalidInput("Tiêu chí chưa hợp lệ, chưa lưu gì.", probs)
	}
	return c, nil
}

// CreateCriterion adds a criterion at the end of its group, numbered next,
// its roles' words linked to the organisation's units.
func (s *Service) CreateCriterion(ctx context.Context, a usecase.Actor, programID int64, in CriterionInput) (Saved, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return Saved{}, err
	}
	var out Saved
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		p, err := ownProgram(ctx, tx, a, programID)
		if err != nil {
			return err
		}
		c, err := in.criterion(&p)
		if err != nil {
			return err
		}
		units, err := tx.Units(ctx, a.Org.ID)
		if err != nil {
			return err
		}
		linkCriterion(&c, domain.Criterion{}, units)
		c.ChangedBy, c.ChangedAt = a.Name(), s.env.Now()
		if err := tx.AddCriterion(ctx, in.GroupID, &c); err != nil {
			return err
		}
		g := *findGroup(&p, in.GroupID)
		out = Saved{ProgramID: p.ID, Group: g, Criterion: c, Key: domain.CriterionKey(g, c)}
		return usecase.Audit(ctx, tx, a, c.ChangedAt, usecase.Change{Action: "criterion.add", Entity: "tiêu chí " + out.Key + " (" + p.Number + ")",
			After: snapshotCriterion(g, c)})
	})
	return out, err
}

// UpdateCriterion saves the criterion's text, targets and roles, and moves
// it to the end of another group if another was chosen. The criterion keeps
// its ID, and so the progress recorded for it. A save made against an older
// version of the criterion is refused (domain.Stale), and so is leaving the
// targets blank on a measured criterion that has data: that would make it
// qualitative and leave its values uncounted.
func (s *Service) UpdateCriterion(ctx context.Context, a usecase.Actor, id int64, in CriterionInput) (Saved, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return Saved{}, err
	}
	var out Saved
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		ref, p, err := ownCriterion(ctx, tx, a, id)
		if err != nil {
			return err
		}
		g, old := findCriterion(&p, ref.ID)
		next, err := in.criterion(&p)
		if err != nil {
			return err
		}
		if err := keepMeasured(ctx, tx, p.ID, *old, in.Targets); err != nil {
			return err
		}
		if in.Version != old.Version {
			return staleCriterion(ref.Label, *old)
		}
		if out, err = s.saveCriterion(ctx, tx, a, ref, *g, *old, next, in); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "criterion.edit", Entity: "tiêu chí " + ref.Label + " (" + p.Number + ")",
			Before: snapshotCriterion(*g, *old), After: snapshotCriterion(out.Group, out.Criterion)})
	})
	return out, err
}

// saveCriterion writes next over old at in.Version, links its roles, and
// moves it to in.GroupID if that is another group.
func (s *Service) saveCriterion(ctx context.Context, tx *storage.Store, a usecase.Actor, ref domain.CriterionRef,
	g domain.Group, old, next domain.Criterion, in CriterionInput) (Saved, error) {
	units, err := tx.Units(ctx, a.Org.ID)
	if err != nil {
		return Saved{}, err
	}
	linkCriterion(&next, old, units)
	c := old
	c.Text, c.Targets, c.Roles = next.Text, next.Targets, next.Roles
	c.Version, c.ChangedBy, c.ChangedAt = in.Version, a.Name(), s.env.Now()
	ok, err := tx.UpdateCriterion(ctx, &c)
	if err != nil || !ok {
		return Saved{}, orStale(ctx, tx, err, ref.ProgramID, func(cur domain.Program) error {
			if _, now := findCriterion(&cur, ref.ID); now != nil {
				return staleCriterion(ref.Label, *now)
			}
			return domain.Errorf(domain.NotFound, "tiêu chí %s vừa bị xóa", ref.Label)
		})
	}
	if in.GroupID != g.ID {
		if err := tx.MoveCriterionToGroup(ctx, ref.ID, in.GroupID); err != nil {
			return Saved{}, err
		}
	}
	p, err := tx.Program(ctx, ref.ProgramID)
	if err != nil {
		return Saved{}, err
	}
	ng, nc := findCriterion(&p, ref.ID)
	return Saved{ProgramID: p.ID, Group: *ng, Criterion: *nc, Key: domain.CriterionKey(*ng, *nc)}, nil
}

// keepMeasured refuses a blank "Chỉ tiêu" for a criterion measured against
// targets that has recorded data. "Đạt" written out says the person means
// it; a blank may be an oversight.
func keepMeasured(ctx context.Context, tx *storage.Store, programID int64, old domain.Criterion, targets string) error {
	if domain.NFC(targets) != "" || old.Qualitative() {
		return nil
	}
	withData, err := tx.CriteriaWithData(ctx, programID)
	if err != nil || !withData[old.ID] {
		return err
	}
	return domain.InvalidInput("Tiêu chí chưa hợp lệ, chưa lưu gì.", []domain.Problem{{Field: "targets", Message: blankTargetsMessage(old)}})
}

// blankTargetsMessage says why blank targets are refused for c.
func blankTargetsMessage(c domain.Criterion) string {
	return "Tiêu chí này đo theo chỉ tiêu “" + domain.FormatTargets(c.Targets) + "” và đã có số liệu: để trống Chỉ tiêu sẽ biến nó thành tiêu chí định tính, số liệu đã nhập không còn được tính. Ghi lại chỉ tiêu, hoặc ghi “" + domain.QualitativeTarget + "” nếu thật sự muốn đổi."
}

func staleCriterion(label string, cur domain.Criterion) error {
	return domain.StaleRecord("tiêu chí "+label, domain.Revision{Version: cur.Version, By: cur.ChangedBy, At: cur.ChangedAt,
		Value: cur.Text + " (chỉ tiêu: " + domain.FormatTargets(cur.Targets) + ")"})
}
