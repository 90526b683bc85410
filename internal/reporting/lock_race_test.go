package reporting_test

import (
	"context"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/testdb"
)

// Two leaders issue the same period at the same moment, with different
// numbers: the period is issued once, and the other is told it is locked,
// on both engines. (On PostgreSQL both used to pass the lock check before
// either had locked the period, and the period was issued twice.)
func TestConcurrentIssuesOfOnePeriodIssueItOnce(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		svc, st, a := service(t, dsn)
		march := domain.MonthPeriod(2026, 3)
		numbers := []string{"07", "08"}
		errs := make([]error, len(numbers))
		var wg sync.WaitGroup
		for i, n := range numbers {
			wg.Go(func() {
				_, errs[i] = svc.Issue(context.Background(), a, march, reporting.IssueForm{Number: n, Date: "31/03/2026"})
			})
		}
		wg.Wait()
		issued, err := st.NumberedReports(context.Background(), a.Org.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(issued) != 1 {
			t.Fatalf("March issued %d times (%v)", len(issued), errs)
		}
		for _, err := range errs {
			if err != nil && domain.ErrorCode(err) != domain.Conflict {
				t.Errorf("the second issue: %v, want the period locked", err)
			}
		}
	})
}

// Two leaders lift the same lock at once: it is lifted once, with one audit
// entry, and the other is told the period is open.
func TestConcurrentUnlocksLiftTheLockOnce(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		svc, st, a := service(t, dsn)
		ctx := context.Background()
		march := domain.MonthPeriod(2026, 3)
		if _, err := svc.Issue(ctx, a, march, reporting.IssueForm{Number: "07", Date: "31/03/2026"}); err != nil {
			t.Fatal(err)
		}
		for round := range 5 {
			errs := make([]error, 2)
			var wg sync.WaitGroup
			for i := range errs {
				wg.Go(func() {
					errs[i] = svc.Unlock(ctx, a, march, "Cập nhật số liệu tiêu chí II.6 do đơn vị bổ sung")
				})
			}
			wg.Wait()
			if (errs[0] == nil) == (errs[1] == nil) {
				t.Fatalf("round %d: both unlocks gave %v", round, errs)
			}
			for _, err := range errs {
				if err != nil && domain.ErrorCode(err) != domain.Conflict {
					t.Errorf("round %d: the second unlock: %v", round, err)
				}
			}
			if err := st.LockPeriod(ctx, domain.PeriodLock{OrgID: a.Org.ID, Period: march, LockedAt: demotest.Now(), LockedBy: "lanhdao"}); err != nil {
				t.Fatal(err)
			}
		}
		log, err := st.AuditLog(ctx, a.Org.ID, 100, 0)
		if err != nil {
			t.Fatal(err)
		}
		unlocks := 0
		for _, e := range log {
			if e.Action == "period.unlock" {
				unlocks++
			}
		}
		if unlocks != 5 {
			t.Errorf("%d unlocks in the audit log, want 5", unlocks)
		}
	})
}
