// Package assemble gathers what a report needs from the store and renders it
// in the format asked for. The command line and the web app both go through it.
package assemble

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/storage"
)

// Input gathers the report input for an organisation and period from the store:
// effective settings, the program, each criterion's status at the end of the
// period (carried forward), the meetings held and submissions received in it.
func Input(ctx context.Context, s *storage.Store, org domain.Org, p domain.Period, asOf time.Time) (report.Input, error) {
	settings, err := s.ReportSettings(ctx, org.ID, domain.ReportKindNQ57Monthly, p)
	if err != nil {
		return report.Input{}, fmt.Errorf("report settings of %s: %w", org.Code, err)
	}
	if err := requests.ApplyBasis(ctx, s, org, &settings); err != nil {
		return report.Input{}, fmt.Errorf("the request answered by %s's report: %w", org.Code, err)
	}
	if settings.Receiver == "" {
		settings.Receiver = domain.DefaultReceiver(org)
	}
	prog, err := program(ctx, s, org, settings, p)
	if err != nil {
		return report.Input{}, err
	}
	statuses, err := Statuses(ctx, s, prog, p)
	if err != nil {
		return report.Input{}, err
	}
	meetings, err := s.Meetings(ctx, org.ID, p.Start(), p.End())
	if err != nil {
		return report.Input{}, fmt.Errorf("meetings of %s in %s: %w", org.Code, p, err)
	}
	subs, err := s.Submissions(ctx, org.ID, p.Start(), p.End())
	if err != nil {
		return report.Input{}, fmt.Errorf("submissions of %s in %s: %w", org.Code, p, err)
	}
	return report.Input{
		Org: org, Period: p, Settings: settings, Program: prog, Statuses: statuses,
		Meetings: meetings, Submissions: subs, AsOf: asOf,
	}, nil
}

func program(ctx context.Context, s *storage.Store, org domain.Org, rs domain.ReportSettings, p domain.Period) (domain.Program, error) {
	if rs.ProgramID != 0 {
		prog, err := s.Program(ctx, rs.ProgramID)
		if err != nil {
			return domain.Program{}, fmt.Errorf("program %d of the report settings: %w", rs.ProgramID, err)
		}
		return prog, nil
	}
	prog, err := s.ProgramForYear(ctx, org.ID, p.Year)
	if err != nil {
		return domain.Program{}, fmt.Errorf("program of %s for %d: %w", org.Code, p.Year, err)
	}
	return prog, nil
}

// Statuses returns each criterion's status at the end of period p: the latest
// progress on or before it decides (status carries forward).
func Statuses(ctx context.Context, s *storage.Store, prog domain.Program, p domain.Period) (map[int64]domain.Status, error) {
	records, err := s.ProgressUpTo(ctx, prog.ID, p)
	if err != nil {
		return nil, fmt.Errorf("progress of program %s up to %s: %w", prog.Number, p, err)
	}
	return prog.Statuses(records, p), nil
}
