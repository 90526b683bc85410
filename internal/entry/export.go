package entry

import (
	"bytes"
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/usecase"
)

// ExportInput selects the progress workbook of a period.
type ExportInput struct {
	Program string // the program's number; "" for the program of the period's year
	Period  domain.Period
}

// Export is a progress workbook and the program it is of.
type Export struct {
	Program  domain.Program
	Workbook []byte
}

// ExportProgress writes the progress workbook of a period: the period's
// values to fill in or correct, and each criterion's status at the end of
// the period by the one status rule (carried forward, as the report counts
// it).
func (s *Service) ExportProgress(ctx context.Context, a usecase.Actor, in ExportInput) (Export, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Export{}, err
	}
	if err := domain.DataPeriod(in.Period); err != nil {
		return Export{}, err
	}
	st := s.env.Store
	prog, err := programFor(ctx, st, a, in.Period, in.Program)
	if err != nil {
		return Export{}, err
	}
	upTo, err := st.ProgressUpTo(ctx, prog.ID, in.Period)
	if err != nil {
		return Export{}, err
	}
	var current []domain.Progress
	for _, list := range upTo {
		for _, r := range list {
			if r.Period == in.Period {
				current = append(current, r)
			}
		}
	}
	var buf bytes.Buffer
	if err := excel.WriteProgress(&buf, prog, in.Period, current, prog.Statuses(upTo, in.Period)); err != nil {
		return Export{}, err
	}
	return Export{Program: prog, Workbook: buf.Bytes()}, nil
}
