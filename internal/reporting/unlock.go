package reporting

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// UnlockReasonMin is the shortest reason accepted: enough for a sentence that
// says why an issued report's data must change.
const UnlockReasonMin = 10

// Unlock lifts the lock on period p, with the leader's reason in the audit
// log, in one transaction. The issued documents stay; issuing again
// supersedes them. An open period is a Conflict.
func (s *Service) Unlock(ctx context.Context, a usecase.Actor, p domain.Period, reason string) error {
	if err := a.Require(domain.ActUnlockPeriod); err != nil {
		return err
	}
	reason = strings.TrimSpace(reason)
	if utf8.RuneCountInString(reason) < UnlockReasonMin {
		return domain.InvalidInput("Chưa mở khóa.", []domain.Problem{{Field: "reason",
			Message: "Nhập lý do mở khóa (ít nhất 10 ký tự), ví dụ: “Cập nhật số liệu tiêu chí 12 do đơn vị báo cáo bổ sung”."}})
	}
	now := s.env.Now()
	return s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := refuseAccepted(ctx, tx, a.Org, p); err != nil {
			return err
		}
		// The delete is the guard: of two leaders unlocking at once, the
		// second finds no lock left to lift, and writes no audit entry.
		lock, err := tx.PeriodLock(ctx, a.Org.ID, p)
		if err == nil {
			err = tx.UnlockPeriod(ctx, a.Org.ID, p)
		}
		if domain.IsNotFound(err) {
			return domain.Errorf(domain.Conflict, "Số liệu %s đang mở, không cần mở khóa.", p.Words())
		}
		if err != nil {
			return err
		}
		before := lockRecord{Period: p.String(), LockedAt: lock.LockedAt.In(domain.Vietnam).Format("02/01/2006 15:04"), LockedBy: lock.LockedBy}
		return usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "period.unlock", Entity: "số liệu " + p.String(),
			Before: before, Reason: reason})
	})
}

// refuseAccepted refuses to unlock a period whose report the province has
// accepted: its data are final. A report submitted and not reviewed yet may
// still be unlocked, corrected and issued again (a resubmission). The
// filing is read locked: an accept racing the unlock either commits first
// and is seen, or waits for the unlock and locks the period again.
func refuseAccepted(ctx context.Context, tx *storage.Store, org domain.Org, p domain.Period) error {
	f, err := tx.FilingOfForUpdate(ctx, org.ID, Kind, p)
	if domain.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if f.Status == domain.FilingAccepted {
		return domain.Errorf(domain.Conflict, "Tỉnh đã tiếp nhận báo cáo %s (%s, %s): số liệu của kỳ không mở khóa được nữa.",
			p.Words(), f.ReviewedBy, f.ReviewedAt.In(domain.Vietnam).Format("15:04 ngày 02/01/2006"))
	}
	return nil
}
