package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// LockPeriod freezes an organisation's data for a period (its report was
// issued). Locking a locked period changes nothing.
func (s *Store) LockPeriod(ctx context.Context, l domain.PeriodLock) error {
	_, err := s.q.ExecContext(ctx, `
		INSERT INTO period_locks (org_id, period, locked_at, locked_by) VALUES ($1, $2, $3, $4)
		ON CONFLICT (org_id, period) DO NOTHING`,
		l.OrgID, l.Period.String(), s.timeArg(l.LockedAt), l.LockedBy)
	return wrap(err, "lock %s of org %d", l.Period, l.OrgID)
}

// UnlockPeriod lifts the lock on a period; NotFound when the period is not
// locked, or no longer is: of two people lifting the same lock at once, on
// either engine, one lifts it and the other gets NotFound.
func (s *Store) UnlockPeriod(ctx context.Context, orgID int64, p domain.Period) error {
	res, err := s.q.ExecContext(ctx, `DELETE FROM period_locks WHERE org_id = $1 AND period = $2`, orgID, p.String())
	return wrap(updated(res, err, "số liệu %s đang mở", p.Words()), "unlock %s of org %d", p, orgID)
}

// PeriodLock returns the lock on a period; NotFound when it is open.
func (s *Store) PeriodLock(ctx context.Context, orgID int64, p domain.Period) (domain.PeriodLock, error) {
	l := domain.PeriodLock{OrgID: orgID, Period: p}
	err := s.q.QueryRowContext(ctx, `SELECT locked_at, locked_by FROM period_locks WHERE org_id = $1 AND period = $2`,
		orgID, p.String()).Scan(timeCol{&l.LockedAt}, &l.LockedBy)
	return l, wrap(notFound(err, "kỳ %s chưa khóa", p.Words()), "load lock %s of org %d", p, orgID)
}

// PeriodLocked reports whether the period's data are frozen.
func (s *Store) PeriodLocked(ctx context.Context, orgID int64, p domain.Period) (bool, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM period_locks WHERE org_id = $1 AND period = $2`, orgID, p.String()).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("check lock %s of org %d: %w", p, orgID, err)
	}
	return n > 0, nil
}

// RequireOpen returns a Conflict error when the period is locked, for writes
// that must not change an issued report's data. Call it on the transaction
// of the write, before writing. On PostgreSQL it first holds the
// organisation's row in KEY SHARE until the transaction ends: an issue,
// which locks that row for update (LockNumbering) before it reads the data,
// waits for the writes that found the period open, and a write that comes
// during an issue waits for it, then finds the period locked. Writes do not
// wait for one another (nor for LockOrg). SQLite's write transactions run
// one at a time already.
func (s *Store) RequireOpen(ctx context.Context, orgID int64, p domain.Period) error {
	if s.engine == enginePostgres {
		var id int64
		err := s.q.QueryRowContext(ctx, `SELECT id FROM orgs WHERE id = $1 FOR KEY SHARE`, orgID).Scan(&id)
		if err != nil {
			return wrap(notFound(err, "không có đơn vị (tổ chức) số %d", orgID), "hold org %d open for %s", orgID, p)
		}
	}
	locked, err := s.PeriodLocked(ctx, orgID, p)
	if err != nil {
		return err
	}
	if locked {
		return domain.Errorf(domain.Conflict, "số liệu %s đã khóa vì báo cáo đã ban hành; lãnh đạo có thể mở khóa (kèm lý do)", p.Words())
	}
	return nil
}
