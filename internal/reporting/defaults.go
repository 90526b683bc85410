package reporting

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Defaults is what the page of the organisation's report settings shows.
type Defaults struct {
	Settings   domain.ReportSettings // in force: the stored defaults, or the starting ones
	Stored     bool                  // false while the organisation runs on the starting settings
	Version    int64                 // of the stored row; 0 when none
	Example    domain.ReportSettings // the starting settings, whose names the hints quote
	Preview    domain.Period         // the period the preview link shows
	HasProgram bool                  // a program covers Preview, so it can be drawn
	Overridden []domain.Period       // periods that keep content of their own
}

// Defaults gathers the organisation's report settings, with preview as the
// period its preview link shows.
func (s *Service) Defaults(ctx context.Context, a usecase.Actor, preview domain.Period) (Defaults, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Defaults{}, err
	}
	st := s.env.Store
	var d Defaults
	var err error
	if d.Settings, err = st.ReportSettings(ctx, a.Org.ID, Kind, domain.Period{}); err != nil {
		return Defaults{}, err
	}
	stored, had, err := st.OwnReportSettings(ctx, a.Org.ID, Kind, domain.Period{})
	if err != nil {
		return Defaults{}, err
	}
	d.Stored, d.Version, d.Preview = had, stored.Version, preview
	if d.Example, err = st.StartingReportSettings(ctx, a.Org.ID, Kind); err != nil {
		return Defaults{}, err
	}
	if d.HasProgram, err = programCovers(ctx, st, a.Org.ID, d.Settings, preview); err != nil {
		return Defaults{}, err
	}
	if d.Overridden, err = st.ReportSettingsPeriods(ctx, a.Org.ID, Kind); err != nil {
		return Defaults{}, err
	}
	return d, nil
}

// SaveDefaults stores the organisation's report settings (the zero period)
// with its audit entry. Every period that does not set a field itself follows
// the new value; issued documents are kept as issued. A bad form is Invalid
// (each problem named by its field); a save made after someone else's, since
// the form was drawn, is Stale.
func (s *Service) SaveDefaults(ctx context.Context, a usecase.Actor, f DefaultsForm) error {
	if err := a.Require(domain.ActComposeReport); err != nil {
		return err
	}
	st := s.env.Store
	example, err := st.StartingReportSettings(ctx, a.Org.ID, Kind)
	if err != nil {
		return err
	}
	var pr domain.Problems
	if f.check(&pr, example); pr.Any() {
		return pr.Err(formErrors)
	}
	now := s.env.Now()
	return st.WithTx(ctx, func(tx *storage.Store) error {
		stored, had, err := tx.OwnReportSettings(ctx, a.Org.ID, Kind, domain.Period{})
		if err != nil {
			return err
		}
		next := f.settings(stored)
		next.OrgID, next.Kind, next.Period = a.Org.ID, Kind, domain.Period{}
		next.ChangedBy, next.ChangedAt = a.Name(), now
		if err := saveVersioned(ctx, tx, next, f.Version, "thiết lập chung của báo cáo", domain.ReportSettings{}); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "report.defaults", Entity: "thiết lập chung của báo cáo",
			Before: defaultsRecordOf(stored, had), After: defaultsRecordOf(next, true)})
	})
}

// programCovers reports whether the report of p has a program to report on,
// as assemble picks it: the one the settings name, or the program of p's year.
func programCovers(ctx context.Context, st *storage.Store, orgID int64, rs domain.ReportSettings, p domain.Period) (bool, error) {
	if rs.ProgramID != 0 {
		return true, nil
	}
	_, err := st.ProgramForYear(ctx, orgID, p.Year)
	if domain.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}
