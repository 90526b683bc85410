package web

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
)

// workingCalendar builds an organisation's working calendar: the legal
// holidays, the Government's decisions nq57 ships (2026), and the days the
// organisation's administrator added or swapped.
func (s *Server) workingCalendar(ctx context.Context, orgID int64) (*calendar.Calendar, error) {
	own, err := s.store.CalendarOverrides(ctx, orgID)
	if err != nil {
		return nil, err
	}
	overrides := calendar.Overrides2026()
	for _, o := range own {
		overrides = append(overrides, calendar.Override{Date: o.Date, Off: o.Off, Note: o.Note})
	}
	return calendar.New(overrides), nil
}

// stageDue returns the deadline of a stage of a submission of the kind that
// starts at the moment start: the organisation's rule (or the default) counted
// on its calendar, ending at the close of the last day in Vietnam.
func (s *Server) stageDue(ctx context.Context, orgID int64, kind domain.SubmissionKind, stage domain.DeadlineStage, start time.Time) (time.Time, error) {
	rules, err := s.store.DeadlineRules(ctx, orgID)
	if err != nil {
		return time.Time{}, err
	}
	cal, err := s.workingCalendar(ctx, orgID)
	if err != nil {
		return time.Time{}, err
	}
	r := domain.RuleFor(rules, kind, stage)
	day := cal.Due(domain.Today(start), calendar.Rule{Days: r.Days, Working: r.Working})
	return endOfDay(day), nil
}

// endOfDay is the last instant of a calendar day in Vietnam: an answer given
// any time on its due day is on time.
func endOfDay(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), 23, 59, 59, 0, domain.Vietnam).UTC()
}
