package entry

import (
	"context"
	"fmt"
	"io"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// ImportInput is a progress workbook to import for a period.
type ImportInput struct {
	Program  string // the program's number; "" for the program of the period's year
	Period   domain.Period
	Workbook io.Reader
	DryRun   bool // tell what would change, write nothing
}

// ImportResult is what an import changed, or would change in a dry run.
type ImportResult struct {
	Program domain.Program
	Changes []ImportChange
}

// ImportChange is one criterion whose record the workbook changes.
type ImportChange struct {
	Label  string        // "I.2"
	New    bool          // the period had no record of it
	Status domain.Status // its status in the period as imported
}

// String writes the change as the command line lists it:
// "nhập số liệu tiêu chí I.2 → Đạt".
func (c ImportChange) String() string {
	verb := "sửa"
	if c.New {
		verb = "nhập"
	}
	return fmt.Sprintf("%s số liệu tiêu chí %s → %s", verb, c.Label, c.Status.Label())
}

// ImportProgress imports the values of a period from a progress workbook,
// by the rules of a save of the grid: the values are checked as the grid
// checks them (a workbook with any problem changes nothing, and every
// problem is listed with its cell), a locked period is refused with the
// grid's words, and each changed record gets its history row and the next
// version, with one audit entry, all in one transaction. The workbook is
// written knowingly over what the period holds (there is no page drawn
// before it); criteria it leaves blank keep their record. Unit staff may
// change only the criteria their unit leads (Forbidden otherwise); rows of
// other units that change nothing are no change of theirs. A dry run checks
// and tells the same, and writes nothing.
func (s *Service) ImportProgress(ctx context.Context, a usecase.Actor, in ImportInput) (ImportResult, error) {
	if err := a.Require(domain.ActEnterData); err != nil {
		return ImportResult{}, err
	}
	if err := domain.DataPeriod(in.Period); err != nil {
		return ImportResult{}, err
	}
	st := s.env.Store
	prog, err := programFor(ctx, st, a, in.Period, in.Program)
	if err != nil {
		return ImportResult{}, err
	}
	records, err := excel.ReadProgress(in.Workbook, prog, in.Period)
	if err != nil {
		return ImportResult{}, err
	}
	crits := criteriaOf(prog)
	res := ImportResult{Program: prog}
	err = st.WithTx(ctx, func(tx *storage.Store) error {
		res.Changes = nil
		if err := tx.RequireOpen(ctx, a.Org.ID, in.Period); err != nil {
			return err
		}
		state, err := loadPeriod(ctx, tx, prog, in.Period)
		if err != nil {
			return err
		}
		w := &writer{tx: tx, actor: a, at: s.env.Now(), period: in.Period, labels: labelsOf(crits)}
		for _, r := range records {
			c, current := crits[r.CriterionID], state.records[r.CriterionID]
			if current.SameEntry(r) {
				continue // unit staff may import a workbook of every unit's values
			}
			if err := mayEnter(a, c); err != nil {
				return err
			}
			res.Changes = append(res.Changes, ImportChange{Label: c.Label, New: current == nil, Status: c.Evaluate(&r)})
			if in.DryRun {
				continue
			}
			refused, err := w.write(ctx, change{crit: c, record: r, before: current, expected: state.version(c.ID)})
			if err != nil {
				return err
			}
			if refused != nil {
				return refused // changed while the import ran: nothing of it is written
			}
		}
		return w.audit(ctx)
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}
