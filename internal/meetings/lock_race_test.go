package meetings

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// A meeting saved while its month's report is being issued waits for the
// issue and is then refused, on PostgreSQL too (READ COMMITTED): it must not
// slip in between the issue's reading of the month and its lock, which would
// leave a locked month whose issued report lacks the change. The issue is
// played here by a transaction that holds the numbering (as Issue does from
// its start), then locks March.
func TestAMeetingSavedDuringTheIssueOfItsMonthIsRefused(t *testing.T) {
	t.Parallel()
	eachDemo(t, func(t *testing.T, svc *Service, m domain.Meeting, people []usecase.Actor) {
		ctx := context.Background()
		held, release, issued := make(chan struct{}), make(chan struct{}), make(chan error, 1)
		go func() {
			issued <- svc.env.Store.WithTx(ctx, func(tx *storage.Store) error {
				if err := tx.LockNumbering(ctx, m.OrgID); err != nil {
					return err
				}
				close(held)
				<-release
				return tx.LockPeriod(ctx, domain.PeriodLock{OrgID: m.OrgID, Period: domain.MonthPeriod(2026, time.March),
					LockedAt: demotest.Now(), LockedBy: "lanhdao"})
			})
		}()
		<-held
		saved := make(chan error, 1)
		go func() {
			_, err := svc.Update(ctx, people[0], m.ID, MeetingInput{Date: "2026-03-12", Kind: string(m.Kind), Chair: m.Chair,
				Content: "sửa trong lúc ban hành", Version: m.Version})
			saved <- err
		}()
		time.Sleep(300 * time.Millisecond) // time enough for a save that does not wait to finish
		close(release)
		must(t, <-issued)
		if err := <-saved; domain.ErrorCode(err) != domain.Conflict {
			t.Errorf("a meeting saved while March was being issued: %v, want the locked-month refusal", err)
		}
		got, err := svc.Meeting(ctx, people[0], m.ID)
		must(t, err)
		if got.Meeting.Content != m.Content {
			t.Errorf("the locked month's meeting changed to %q", got.Meeting.Content)
		}
	})
}
