package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// CalendarOverrides returns the organisation's calendar overrides by date.
func (s *Store) CalendarOverrides(ctx context.Context, orgID int64) ([]domain.CalendarOverride, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT org_id, date, off, note FROM calendar_overrides
		WHERE org_id = $1 ORDER BY date`, orgID)
	if err != nil {
		return nil, fmt.Errorf("calendar overrides of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.CalendarOverride
	for rows.Next() {
		var o domain.CalendarOverride
		if err := rows.Scan(&o.OrgID, dateCol{&o.Date}, &o.Off, &o.Note); err != nil {
			return nil, fmt.Errorf("calendar overrides of org %d: %w", orgID, err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// SaveCalendarOverride inserts or replaces the override of one day.
func (s *Store) SaveCalendarOverride(ctx context.Context, o domain.CalendarOverride) error {
	if o.Date.IsZero() {
		return domain.InvalidInput("ngày điều chỉnh lịch làm việc chưa hợp lệ",
			[]domain.Problem{{Field: "date", Message: "chưa chọn ngày"}})
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, o.OrgID); err != nil {
			return err
		}
		_, err := tx.q.ExecContext(ctx, `INSERT INTO calendar_overrides (org_id, date, off, note)
			VALUES ($1, $2, $3, $4)
			ON CONFLICT (org_id, date) DO UPDATE SET off = excluded.off, note = excluded.note`,
			o.OrgID, s.dateArg(o.Date), o.Off, o.Note)
		return err
	})
	return wrap(err, "save calendar override of %s", o.Date.Format(time.DateOnly))
}

// DeleteCalendarOverride removes the override of one day.
func (s *Store) DeleteCalendarOverride(ctx context.Context, orgID int64, date time.Time) error {
	res, err := s.q.ExecContext(ctx, `DELETE FROM calendar_overrides WHERE org_id = $1 AND date = $2`, orgID, s.dateArg(date))
	return wrap(updated(res, err, "ngày %s không có điều chỉnh lịch làm việc", date.Format("02/01/2006")),
		"delete calendar override of %s", date.Format(time.DateOnly))
}
