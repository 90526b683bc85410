package programs

import (
	"context"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// GroupInput is a group as a person typed it. Problems name the fields
// "numeral" and "name".
type GroupInput struct {
	Numeral string // I, II, III …; only when adding
	Name    string
	Version int64 // of the group the form was drawn with, when renaming
}

// checkGroupName returns the problem with a group's name, under "name", or
// nil (domain.GroupNameProblem).
func checkGroupName(name string) []domain.Problem {
	if msg := domain.GroupNameProblem(name); msg != "" {
		return []domain.Problem{{Field: "name", Message: msg}}
	}
	return nil
}

// AddGroup adds a numbered group (I, II, III …) at the end of the program.
func (s *Service) AddGroup(ctx context.Context, a usecase.Actor, programID int64, in GroupInput) (domain.Group, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return domain.Group{}, err
	}
	g := domain.Group{Numeral: strings.ToUpper(domain.NFC(in.Numeral)), Name: domain.NFC(in.Name), ChangedBy: a.Name(), ChangedAt: s.env.Now()}
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		p, err := ownProgram(ctx, tx, a, programID)
		if err != nil {
			return err
		}
		var probs []domain.Problem
		switch {
		case g.Numeral == "":
			probs = append(probs, domain.Problem{Field: "numeral", Message: "Nhập số thứ tự của nhóm (I, II, III …)."})
		case !domain.IsGroupNumeral(g.Numeral):
			probs = append(probs, domain.Problem{Field: "numeral", Message: "Số thứ tự nhóm viết bằng số La Mã: I, II, III, IV …"})
		}
		for _, old := range p.Groups {
			if g.Numeral != "" && old.Numeral == g.Numeral {
				probs = append(probs, domain.Problem{Field: "numeral", Message: "Chương trình đã có nhóm " + old.Numeral + "; chọn số thứ tự khác."})
			}
		}
		if probs = append(probs, checkGroupName(g.Name)...); len(probs) > 0 {
			return domain.InvalidInput("Nhóm chưa hợp lệ, chưa lưu gì.", probs)
		}
		if err := tx.AddGroup(ctx, p.ID, &g); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, g.ChangedAt, usecase.Change{Action: "program.group_add", Entity: "chương trình " + p.Number,
			After: groupSnapshot{g.Numeral, g.Name}})
	})
	return g, err
}

// RenameGroup changes a group's name; its numeral and criteria stay. A
// rename made against an older version of the group is refused.
func (s *Service) RenameGroup(ctx context.Context, a usecase.Actor, programID, groupID int64, in GroupInput) (domain.Group, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return domain.Group{}, err
	}
	var g domain.Group
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		p, err := ownProgram(ctx, tx, a, programID)
		if err != nil {
			return err
		}
		old := findGroup(&p, groupID)
		if old == nil {
			return domain.Errorf(domain.NotFound, "chương trình %s không có nhóm số %d", p.Number, groupID)
		}
		g = *old
		g.Name, g.Version, g.ChangedBy, g.ChangedAt = domain.NFC(in.Name), in.Version, a.Name(), s.env.Now()
		if probs := checkGroupName(g.Name); len(probs) > 0 {
			return domain.InvalidInput("Tên nhóm chưa hợp lệ, chưa lưu gì.", probs)
		}
		if in.Version != old.Version {
			return staleGroup(*old)
		}
		ok, err := tx.RenameGroup(ctx, &g)
		if err != nil || !ok {
			return orStale(ctx, tx, err, p.ID, func(cur domain.Program) error {
				if now := findGroup(&cur, groupID); now != nil {
					return staleGroup(*now)
				}
				return domain.Errorf(domain.NotFound, "nhóm %s vừa bị xóa", old.Numeral)
			})
		}
		return usecase.Audit(ctx, tx, a, g.ChangedAt, usecase.Change{Action: "program.group_rename", Entity: "chương trình " + p.Number,
			Before: groupSnapshot{old.Numeral, old.Name}, After: groupSnapshot{g.Numeral, g.Name}})
	})
	return g, err
}

func staleGroup(cur domain.Group) error {
	return domain.StaleRecord("tên nhóm "+cur.Numeral, domain.Revision{Version: cur.Version, By: cur.ChangedBy, At: cur.ChangedAt, Value: cur.Name})
}

// DeleteGroup removes a group that has no criteria left: criteria are
// deleted or moved first, so that no data goes with the group.
func (s *Service) DeleteGroup(ctx context.Context, a usecase.Actor, programID, groupID int64) (domain.Group, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return domain.Group{}, err
	}
	var g domain.Group
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		p, err := ownProgram(ctx, tx, a, programID)
		if err != nil {
			return err
		}
		found := findGroup(&p, groupID)
		if found == nil {
			return domain.Errorf(domain.NotFound, "chương trình %s không có nhóm số %d", p.Number, groupID)
		}
		g = *found
		if len(g.Criteria) > 0 {
			return domain.Errorf(domain.Conflict, "Nhóm %s còn %d tiêu chí: xóa hoặc chuyển các tiêu chí sang nhóm khác trước.", g.Numeral, len(g.Criteria))
		}
		if err := tx.DeleteGroup(ctx, g.ID); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "program.group_delete", Entity: "chương trình " + p.Number,
			Before: groupSnapshot{g.Numeral, g.Name}})
	})
	return g, err
}
