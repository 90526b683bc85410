// Package requests holds the use cases of a province's report requests (the
// Công văn): issuing one to its communes, with the document it cites, the
// data window and the due date of each period, and finding, for a commune
// and a period, the request that asks for its report and when it is due.
package requests

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/submissions"
)

// DueFor returns, read on st (a store or a transaction), the request that
// asks commune for period p's report, and the day it is due, counted on the
// province's working calendar; ok is false when no request asks for it (a
// commune without a province, or one its province has not asked).
func DueFor(ctx context.Context, st *storage.Store, commune domain.Org, p domain.Period) (r domain.ReportRequest, due time.Time, ok bool, err error) {
	if r, ok, err = applying(ctx, st, commune, p); err != nil || !ok {
		return r, due, false, err
	}
	cal, err := Calendar(ctx, st, commune.ParentID)
	if err != nil {
		return r, due, false, err
	}
	return r, r.Due(p, cal), true, nil
}

// applying returns the request that asks commune for period p's report,
// if one does.
func applying(ctx context.Context, st *storage.Store, commune domain.Org, p domain.Period) (domain.ReportRequest, bool, error) {
	if commune.ParentID == 0 || p.IsZero() {
		return domain.ReportRequest{}, false, nil
	}
	all, err := st.Requests(ctx, commune.ParentID, domain.ReportKindNQ57Monthly)
	if err != nil {
		return domain.ReportRequest{}, false, err
	}
	r, ok := domain.ApplyingRequest(all, commune, p)
	return r, ok, nil
}

// Calendar is the working calendar of the province, on which its requests'
// due dates and a late report's working days are counted.
func Calendar(ctx context.Context, st *storage.Store, provinceID int64) (*calendar.Calendar, error) {
	own, err := st.CalendarOverrides(ctx, provinceID)
	if err != nil {
		return nil, fmt.Errorf("the province's working calendar: %w", err)
	}
	return submissions.Calendar(own), nil
}
