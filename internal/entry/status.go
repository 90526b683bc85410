package entry

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// RowStatus is the status a row would have if saved as typed, or what a save
// would refuse in it.
type RowStatus struct {
	Status   domain.Status
	Problems []domain.Problem // under the names of the row's inputs; Status is empty when there are any
}

// Status tells, as the person types, what saving one row of the grid of
// period p would give: the status, by the same reading and the same rules
// as Save, who may enter the criterion included (so the grid never shows
// "Đạt" for what a save then refuses).
// Nothing is written.
func (s *Service) Status(ctx context.Context, a usecase.Actor, p domain.Period, in RowInput) (RowStatus, error) {
	if err := a.Require(domain.ActEnterData); err != nil {
		return RowStatus{}, err
	}
	if err := domain.DataPeriod(p); err != nil {
		return RowStatus{}, err
	}
	prog, err := programFor(ctx, s.env.Store, a, p, "")
	if err != nil {
		return RowStatus{}, err
	}
	c, ok := criteriaOf(prog)[in.CriterionID]
	if !ok {
		return RowStatus{}, domain.Errorf(domain.NotFound, "không có tiêu chí số %d", in.CriterionID)
	}
	if err := mayEnter(a, c); err != nil {
		return RowStatus{}, err
	}
	var pr domain.Problems
	rec := readRow(c.Criterion, in, &pr, &pr)
	if pr.Any() {
		return RowStatus{Problems: pr.List()}, nil
	}
	return RowStatus{Status: c.Evaluate(&rec)}, nil
}
