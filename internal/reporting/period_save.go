package reporting

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// SavePeriod stores what the composer typed as period p's own settings,
// keeping only what differs from the defaults, with its audit entry. It is
// refused while the period is locked (Conflict), for a bad form (Invalid,
// each problem named by its field) and when someone saved the period's
// settings after the form was drawn (Stale, naming who, when and what the
// fields now hold).
func (s *Service) SavePeriod(ctx context.Context, a usecase.Actor, p domain.Period, f PeriodForm) error {
	if err := a.Require(domain.ActComposeReport); err != nil {
		return err
	}
	var pr domain.Problems
	date := f.check(&pr, p)
	if err := pr.Err(formErrors); err != nil {
		return err
	}
	now := s.env.Now()
	return s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.RequireOpen(ctx, a.Org.ID, p); err != nil {
			return err
		}
		defaults, err := periodDefaults(ctx, tx, a.Org, p)
		if err != nil {
			return err
		}
		own, had, err := tx.OwnReportSettings(ctx, a.Org.ID, Kind, p)
		if err != nil {
			return err
		}
		next := f.settings(own, defaults, date)
		next.ChangedBy, next.ChangedAt = a.Name(), now
		if err := saveVersioned(ctx, tx, next, f.Version, "nội dung báo cáo "+p.Words(), defaults); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "report.settings", Entity: "báo cáo " + p.String(),
			Before: periodRecordOf(own, had), After: periodRecordOf(next, true)})
	})
}

// saveVersioned stores next if the row stands at version expected, or
// returns the Stale error naming record, who changed it, when, and what the
// fields that differ from next now hold (laid over under, the settings the
// row's empty fields inherit).
func saveVersioned(ctx context.Context, tx *storage.Store, next domain.ReportSettings, expected int64, record string, under domain.ReportSettings) error {
	saved, err := tx.UpdateReportSettings(ctx, next, expected)
	if err != nil || saved {
		return err
	}
	current, _, err := tx.OwnReportSettings(ctx, next.OrgID, next.Kind, next.Period)
	if err != nil {
		return err
	}
	return domain.StaleRecord(record, domain.Revision{Version: current.Version, By: current.ChangedBy, At: current.ChangedAt,
		Value: settingsDifference(under.Overlay(current), under.Overlay(next))})
}

// periodDefaults are the settings a period's own fields are measured
// against: the organisation's defaults, with the basis of the request that
// asks for the period's report when one does (so that a form showing that
// citation stores nothing of its own, and a later request shows through).
func periodDefaults(ctx context.Context, tx *storage.Store, org domain.Org, p domain.Period) (domain.ReportSettings, error) {
	defaults, err := tx.ReportSettings(ctx, org.ID, Kind, domain.Period{})
	if err != nil {
		return defaults, err
	}
	defaults.Basis, err = requests.BasisFor(ctx, tx, org, p, defaults.Basis)
	return defaults, err
}
