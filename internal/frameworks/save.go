package frameworks

import (
	"bytes"
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Saved is a framework after a save: as stored, with what the save changed
// (none when it changed nothing and wrote nothing).
type Saved struct {
	Framework domain.Program
	Changes   []domain.ProgramChange
}

// Save saves p as the province's framework over its framework of the same
// number (or as a new one), in one transaction with its audit entry. Every
// criterion needs a key, unique in the framework; the roles keep their
// words only (the communes link them to their own units). A save that
// changes a criterion or a group counts one more revision, which the
// communes that adopted the framework are then offered.
func (s *Service) Save(ctx context.Context, a usecase.Actor, p domain.Program) (Saved, error) {
	return s.save(ctx, a, p, nil)
}

// Import reads the framework from a program workbook with the "Mã tiêu chí"
// column and saves it as Save does; a problem of the workbook (a missing or
// repeated key included) is named by its cell, and nothing is saved.
func (s *Service) Import(ctx context.Context, a usecase.Actor, workbook []byte) (Saved, error) {
	if err := province(a, domain.ActEditFramework); err != nil {
		return Saved{}, err
	}
	book, err := excel.ReadProgramBook(bytes.NewReader(workbook))
	if err != nil {
		return Saved{}, err
	}
	if !book.KeyColumn {
		return Saved{}, domain.InvalidInput("Bảng tính bộ tiêu chí chưa nhập được", []domain.Problem{{Field: "Tiêu chí",
			Message: "thiếu cột “Mã tiêu chí”: mỗi tiêu chí của bộ tiêu chí cần một mã (ví dụ: HT-01) để tổng hợp giữa các xã"}})
	}
	return s.save(ctx, a, book.Program, book.KeyCells)
}

func (s *Service) save(ctx context.Context, a usecase.Actor, p domain.Program, cells map[string]string) (Saved, error) {
	if err := province(a, domain.ActEditFramework); err != nil {
		return Saved{}, err
	}
	p = wordsOnly(p)
	p.OrgID = a.Org.ID
	if probs := keyProblems(p, cells); len(probs) > 0 {
		return Saved{}, domain.InvalidInput("Bộ tiêu chí chưa hợp lệ, chưa lưu gì", probs)
	}
	var out Saved
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		old, err := tx.ProgramByNumber(ctx, a.Org.ID, p.Number)
		if err != nil && !domain.IsNotFound(err) {
			return err
		}
		out = Saved{Framework: old, Changes: domain.DiffPrograms(old, p)}
		if len(out.Changes) == 0 {
			return nil
		}
		p.ChangedBy, p.ChangedAt = a.Name(), s.env.Now()
		if err := tx.SaveProgram(ctx, &p); err != nil {
			return err
		}
		p.Revision = old.Revision
		if revises(out.Changes) {
			if p.Revision, err = tx.BumpRevision(ctx, p.ID); err != nil {
				return err
			}
		}
		out.Framework = p
		var before any
		if old.ID != 0 {
			before = snapshotOf(old)
		}
		return usecase.Audit(ctx, tx, a, p.ChangedAt, usecase.Change{Action: "framework.save",
			Entity: "bộ tiêu chí " + p.Number, Before: before, After: snapshotOf(p)})
	})
	return out, err
}

// revises reports whether the changes touch the criteria or groups, which
// the communes are offered, and not only the header.
func revises(changes []domain.ProgramChange) bool {
	for _, c := range changes {
		if c.Kind != domain.ChangeHeader {
			return true
		}
	}
	return false
}

// wordsOnly returns p with no unit links: a framework's roles are words,
// which each commune links to its own units.
func wordsOnly(p domain.Program) domain.Program {
	groups := make([]domain.Group, len(p.Groups))
	for gi, g := range p.Groups {
		criteria := make([]domain.Criterion, len(g.Criteria))
		for ci, c := range g.Criteria {
			c.Roles = domain.Roles{Monitoring: domain.Role{Text: c.Roles.Monitoring.Text},
				Lead: domain.Role{Text: c.Roles.Lead.Text}, Coordinating: domain.Role{Text: c.Roles.Coordinating.Text}}
			criteria[ci] = c
		}
		g.Criteria = criteria
		groups[gi] = g
	}
	p.Groups = groups
	return p
}

// keyProblems lists every criterion without a usable key or with a key
// another criterion has, named by its cell when cells gives one ("Tiêu
// chí!I12"), else by the criterion ("tiêu chí II.3").
func keyProblems(p domain.Program, cells map[string]string) []domain.Problem {
	var probs []domain.Problem
	seen := map[string]string{}
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			label := domain.CriterionKey(g, c)
			field := cells[label]
			if field == "" {
				field = "tiêu chí " + label
			}
			if msg := domain.FrameworkKeyProblem(c.FrameworkKey); msg != "" {
				probs = append(probs, domain.Problem{Field: field, Message: "tiêu chí " + label + ": " + msg})
				continue
			}
			if other, ok := seen[c.FrameworkKey]; ok {
				probs = append(probs, domain.Problem{Field: field, Message: "tiêu chí " + label + ": mã “" + c.FrameworkKey + "” trùng với tiêu chí " + other})
				continue
			}
			seen[c.FrameworkKey] = label
		}
	}
	return probs
}
