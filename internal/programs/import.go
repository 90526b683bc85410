package programs

import (
	"bytes"
	"context"
	"errors"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// ImportResult is what importing a program workbook does, or would do.
type ImportResult struct {
	Program  domain.Program // as the workbook gives it, its roles linked to the organisation's units
	Existing bool           // a program with its number is stored: the import updates it
	Changes  []domain.ProgramChange
}

// errDryRun ends the transaction of a preview, so that the preview goes
// through every check of the import (deleting criteria with data included)
// and keeps nothing.
var errDryRun = errors.New("dry run: roll back")

// PreviewImport says what importing the workbook would change, and refuses
// it as Import would (every problem of the workbook with its cell), writing
// nothing.
func (s *Service) PreviewImport(ctx context.Context, a usecase.Actor, workbook []byte) (ImportResult, error) {
	return s.importWorkbook(ctx, a, workbook, true)
}

// Import saves the workbook's program over the stored one of the same
// number (or as a new one), with its audit entry, in one transaction. A
// workbook that changes nothing writes nothing and has no Changes.
func (s *Service) Import(ctx context.Context, a usecase.Actor, workbook []byte) (ImportResult, error) {
	return s.importWorkbook(ctx, a, workbook, false)
}

func (s *Service) importWorkbook(ctx context.Context, a usecase.Actor, workbook []byte, dryRun bool) (ImportResult, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return ImportResult{}, err
	}
	book, err := excel.ReadProgramBook(bytes.NewReader(workbook))
	if err != nil {
		return ImportResult{}, err
	}
	var out ImportResult
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		next, old, err := planImport(ctx, tx, a, book)
		if err != nil {
			return err
		}
		out = ImportResult{Program: next, Existing: old.ID != 0, Changes: domain.DiffPrograms(old, next)}
		if len(out.Changes) == 0 {
			return nil
		}
		next.ChangedBy, next.ChangedAt = a.Name(), s.env.Now()
		if err := tx.SaveProgram(ctx, &next); err != nil {
			return err
		}
		out.Program = next
		var before any
		if old.ID != 0 {
			before = fullSnapshot(old)
		}
		if err := usecase.Audit(ctx, tx, a, next.ChangedAt, usecase.Change{Action: "program.import", Entity: "chương trình " + next.Number,
			Before: before, After: fullSnapshot(next)}); err != nil {
			return err
		}
		if dryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	return out, err
}

// planImport returns the workbook's program, its roles linked to the
// organisation's units (linkUnits), and the stored program of the same number (zero if
// none), refusing blank targets that would orphan recorded data.
func planImport(ctx context.Context, tx *storage.Store, a usecase.Actor, book excel.ProgramBook) (next, old domain.Program, err error) {
	next = book.Program
	next.OrgID = a.Org.ID
	units, err := tx.Units(ctx, a.Org.ID)
	if err != nil {
		return next, old, err
	}
	old, err = tx.ProgramByNumber(ctx, a.Org.ID, next.Number)
	if domain.IsNotFound(err) {
		linkUnits(&next, domain.Program{}, units)
		keepFrameworkKeys(&next, domain.Program{})
		return next, domain.Program{}, nil
	}
	if err != nil {
		return next, old, err
	}
	linkUnits(&next, old, units)
	keepFrameworkKeys(&next, old)
	return next, old, refuseBlankTargets(ctx, tx, old, book.BlankTargets)
}

// keepFrameworkKeys gives each criterion of next the framework key of the
// stored criterion it is saved over (matched by key "II.4", as the store
// matches them), whatever the workbook says: keys come from the province's
// framework (internal/frameworks), and a commune's workbook, which has no
// key column, must not clear them.
func keepFrameworkKeys(next *domain.Program, old domain.Program) {
	keys := map[string]string{}
	for _, g := range old.Groups {
		for _, c := range g.Criteria {
			keys[domain.CriterionKey(g, c)] = c.FrameworkKey
		}
	}
	for gi := range next.Groups {
		g := &next.Groups[gi]
		for ci := range g.Criteria {
			g.Criteria[ci].FrameworkKey = keys[domain.CriterionKey(*g, g.Criteria[ci])]
		}
	}
}

// refuseBlankTargets refuses, naming each cell, a blank "Chỉ tiêu" for a
// stored criterion measured against targets that has recorded data: read as
// qualitative, it would leave its values uncounted. Writing "Đạt" says the
// person means it.
func refuseBlankTargets(ctx context.Context, tx *storage.Store, old domain.Program, blank map[string]string) error {
	if len(blank) == 0 {
		return nil
	}
	withData, err := tx.CriteriaWithData(ctx, old.ID)
	if err != nil {
		return err
	}
	var probs []domain.Problem
	for _, g := range old.Groups {
		for _, c := range g.Criteria {
			key := domain.CriterionKey(g, c)
			if cell, ok := blank[key]; ok && !c.Qualitative() && withData[c.ID] {
				probs = append(probs, domain.Problem{Field: cell, Message: "tiêu chí " + key + ": ô Chỉ tiêu để trống. " + blankTargetsMessage(c)})
			}
		}
	}
	if len(probs) == 0 {
		return nil
	}
	return domain.InvalidInput("Bảng tính chương trình để trống chỉ tiêu của tiêu chí đã có số liệu, chưa nhập được", probs)
}
