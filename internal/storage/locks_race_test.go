package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// A write that checks the period is open while an issue of that period is
// in flight waits for the issue, then finds the period locked: on
// PostgreSQL (READ COMMITTED) it would otherwise read the period as open,
// write, and commit its change into the issued report's data after the
// documents were kept.
func TestRequireOpenWaitsForAnIssueInFlight(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		march := domain.MonthPeriod(2026, 3)
		locked, issued := make(chan struct{}), make(chan error, 1)
		go func() {
			issued <- s.WithTx(ctx, func(tx *Store) error {
				if err := tx.LockNumbering(ctx, org.ID); err != nil {
					return err
				}
				if err := tx.LockPeriod(ctx, domain.PeriodLock{OrgID: org.ID, Period: march, LockedAt: time.Now(), LockedBy: "lanhdao"}); err != nil {
					return err
				}
				close(locked)
				time.Sleep(300 * time.Millisecond) // the documents are being rendered
				return nil
			})
		}()
		<-locked
		err := s.WithTx(ctx, func(tx *Store) error { return tx.RequireOpen(ctx, org.ID, march) })
		must(t, <-issued)
		wantCode(t, err, domain.Conflict)
	})
}

// Lifting a lock that is not there is NotFound: of two people lifting the
// same lock at once, the second is told, and its use case writes nothing.
func TestUnlockPeriodLiftsALockOnce(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		march := domain.MonthPeriod(2026, 3)
		must(t, s.LockPeriod(ctx, domain.PeriodLock{OrgID: org.ID, Period: march, LockedAt: time.Now(), LockedBy: "lanhdao"}))
		must(t, s.UnlockPeriod(ctx, org.ID, march))
		wantCode(t, s.UnlockPeriod(ctx, org.ID, march), domain.NotFound)
	})
}
