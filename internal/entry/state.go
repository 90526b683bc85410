package entry

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// periodState is what a program's criteria hold in one period: the records
// and the versions of records since cleared.
type periodState struct {
	records map[int64]*domain.Progress
	cleared map[int64]int64
}

// version returns the version of a criterion's record in the period: that
// of its record, or, when it has none, the highest it had before it was
// cleared (0 when it never had one). Versions never repeat, so a page drawn
// before a clear cannot match a record entered after it.
func (st periodState) version(criterionID int64) int64 {
	if r := st.records[criterionID]; r != nil {
		return r.Version
	}
	return st.cleared[criterionID]
}

// loadPeriod reads the state of the program's records in period p.
func loadPeriod(ctx context.Context, st *storage.Store, prog domain.Program, p domain.Period) (periodState, error) {
	list, err := st.ProgressFor(ctx, prog.ID, p)
	if err != nil {
		return periodState{}, err
	}
	state := periodState{records: make(map[int64]*domain.Progress, len(list))}
	for i := range list {
		state.records[list[i].CriterionID] = &list[i]
	}
	if state.cleared, err = st.ClearedVersions(ctx, prog.ID, p); err != nil {
		return periodState{}, err
	}
	return state, nil
}
