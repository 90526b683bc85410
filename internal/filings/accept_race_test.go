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
// period: whichever goes first, an accepted report's period ends locked,
// on both engines. (On PostgreSQL the unlock used to read the filing as
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
			if acceptErr != nil {
				t.Fatalf("round %d: the accept: %v", round, acceptErr)
			}
			if unlockErr != nil && domain.ErrorCode(unlockErr) != domain.Conflict {
				t.Errorf("round %d: the unlock: %v, want done or refused as accepted", round, unlockErr)
			}
			if locked, err := w.Store.PeriodLocked(ctx, w.Org.ID, p); err != nil || !locked {
				t.Errorf("round %d: %s accepted and left unlocked (unlock: %v)", round, p, unlockErr)
			}
		}
	})
}
