package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// OwnReportSettings returns the settings row stored for exactly one period
// (the zero period for the defaults), without the defaults laid under it, and
// whether there is one. The compose screen needs it to tell what a period
// overrides from what it inherits.
func (s *Store) OwnReportSettings(ctx context.Context, orgID int64, kind string, p domain.Period) (domain.ReportSettings, bool, error) {
	rs, ok, err := s.settingsRow(ctx, orgID, kind, settingsPeriod(p))
	if err != nil {
		return domain.ReportSettings{}, false, err
	}
	rs.OrgID, rs.Kind, rs.Period = orgID, kind, p
	return rs, ok, nil
}

// ReportSettingsPeriods lists the periods that have settings of their own
// (draft overrides) for a kind of report, in text order.
func (s *Store) ReportSettingsPeriods(ctx context.Context, orgID int64, kind string) ([]domain.Period, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT period FROM report_settings
		WHERE org_id = $1 AND kind = $2 AND period <> '' ORDER BY period`, orgID, kind)
	if err != nil {
		return nil, fmt.Errorf("list report settings periods of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.Period
	for rows.Next() {
		var text string
		if err := rows.Scan(&text); err != nil {
			return nil, fmt.Errorf("list report settings periods of org %d: %w", orgID, err)
		}
		p, err := domain.ParsePeriod(text)
		if err != nil {
			return nil, fmt.Errorf("report settings of org %d: %w", orgID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// PeriodLocks lists every locked period of an organisation, in text order.
func (s *Store) PeriodLocks(ctx context.Context, orgID int64) ([]domain.PeriodLock, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT period, locked_at, locked_by FROM period_locks
		WHERE org_id = $1 ORDER BY period`, orgID)
	if err != nil {
		return nil, fmt.Errorf("list locks of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.PeriodLock
	for rows.Next() {
		l := domain.PeriodLock{OrgID: orgID}
		var text string
		if err := rows.Scan(&text, timeCol{&l.LockedAt}, &l.LockedBy); err != nil {
			return nil, fmt.Errorf("list locks of org %d: %w", orgID, err)
		}
		if l.Period, err = domain.ParsePeriod(text); err != nil {
			return nil, fmt.Errorf("lock of org %d: %w", orgID, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
