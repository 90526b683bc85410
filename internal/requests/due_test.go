package requests_test

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
)

// TestDueForFindsTheRequestThatAsks stores requests on each engine and
// checks that a commune's period is due by the request that asks it, read
// back with its list of communes, and that a stale save is refused.
func TestDueForFindsTheRequestThatAsks(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		ctx := context.Background()
		march := domain.MonthPeriod(2026, time.March)
		if _, _, ok, err := requests.DueFor(ctx, f.Store, f.Org, march); err != nil || ok {
			t.Fatalf("before any request: ok %v, err %v", ok, err)
		}
		cv := domain.ReportRequest{ProvinceID: f.Org.ParentID, Kind: domain.ReportKindNQ57Monthly, Frequency: domain.Month,
			Audience: domain.AudienceList, CommuneIDs: []int64{f.Org.ID}, DocType: "Công văn", DocNumber: "202-CV/UBKTTU",
			DocDate: domain.Date(2026, 1, 27), DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình", FirstPeriod: domain.MonthPeriod(2026, time.January),
			CutoffDay: 14, DueWorkingDays: 3, ReminderDays: []int{3, 1}, IssuedAt: demotest.Now(), IssuedBy: "tinh-lanhdao"}
		if err := f.Store.SaveRequest(ctx, &cv); err != nil {
			t.Fatal(err)
		}
		r, due, ok, err := requests.DueFor(ctx, f.Store, f.Org, march)
		if err != nil || !ok {
			t.Fatalf("DueFor: ok %v, err %v", ok, err)
		}
		if r.ID != cv.ID || len(r.CommuneIDs) != 1 || r.CommuneIDs[0] != f.Org.ID || len(r.ReminderDays) != 2 || !r.DocDate.Equal(cv.DocDate) {
			t.Errorf("read back %+v", r)
		}
		if want := domain.Date(2026, 3, 18); !due.Equal(want) {
			t.Errorf("due %s, want %s (3 working days after the 14th)", due.Format(time.DateOnly), want.Format(time.DateOnly))
		}
		stale := cv
		cv.DueWorkingDays, cv.ChangedBy = 5, "tinh-lanhdao"
		if err := f.Store.SaveRequest(ctx, &cv); err != nil {
			t.Fatal(err)
		}
		stale.DueWorkingDays = 1
		if err := f.Store.SaveRequest(ctx, &stale); domain.ErrorCode(err) != domain.Stale {
			t.Errorf("a save at an old version: %v", err)
		}
		if _, due, _, _ := requests.DueFor(ctx, f.Store, f.Org, march); !due.Equal(domain.Date(2026, 3, 20)) {
			t.Errorf("after the change, due %s", due.Format(time.DateOnly))
		}
	})
}
