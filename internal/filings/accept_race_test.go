package filings_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
)

// The province accepts a report while the commune's leader unlocks its
// period: whichever goes first, the other is refused, and an accepted
// report's period ends locked, an unlocked one's report unaccepted, on both
// engines. (On PostgreSQL the unlock used to read the filing as
// submitted, the accept to commit, and the unlock then to lift the lock of
// a report the province had just accepted.)
func TestAnAcceptRacingAnUnlockLeavesThePeriodLocked(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		date := domain.Today(w.Clock.Now()).Format("02/01/2006")
		for round, month := range []time.Month{time.January, time.February, time.March} {
			p := domain.MonthPeriod(2026, month)
			number := []string{"21", "22", "23"}[round]
			if _, err := w.reporting.Issue(ctx, w.As("lanhdao"), p, reporting.IssueForm{Number: number, Date: date}); err != nil {
				t.Fatalf("issue %s: %v", p, err)
			}
			f, ok, err := w.filings.Own(ctx, w.As("xem"), p)
			if err != nil || !ok {
				t.Fatalf("the filing of %s: %v %v", p, ok, err)
			}
			var acceptErr, unlockErr error
			var wg sync.WaitGroup
			wg.Go(func() { acceptErr = w.filings.Accept(ctx, w.inProvince("tinh-chuyenvien"), f.ID, f.Version) })
			wg.Go(func() {
				unlockErr = w.reporting.Unlock(ctx, w.As("lanhdao"), p, "Sửa số liệu trước khi tỉnh xem")
			})
			wg.Wait()
			// One of the two wins: the accept (the unlock is refused, the
			// period stays locked) or the unlock (the accept is refused, the
			// report waits for the commune's correction).
			if (acceptErr == nil) == (unlockErr == nil) {
				t.Fatalf("round %d: accept %v, unlock %v: want exactly one done", round, acceptErr, unlockErr)
			}
			for _, err := range []error{acceptErr, unlockErr} {
				if err != nil && domain.ErrorCode(err) != domain.Conflict {
					t.Errorf("round %d: %v, want refused as a conflict", round, err)
				}
			}
			got, _, err := w.filings.Own(ctx, w.As("xem"), p)
			if err != nil {
				t.Fatal(err)
			}
			locked, err := w.Store.PeriodLocked(ctx, w.Org.ID, p)
			if err != nil || locked != (got.Status == domain.FilingAccepted) {
				t.Errorf("round %d: the report is %s and the period locked=%v", round, got.Status, locked)
			}
		}
	})
}
