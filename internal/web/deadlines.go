package web

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
)

// orgCalendar is an organisation's working calendar: the legal holidays, the
// Government's decisions nq57 ships (2026), and the days its administrator
// added or swapped (own).
func orgCalendar(own []domain.CalendarOverride) *calendar.Calendar {
	return calendar.New(append(calendar.Overrides2026(), toCalendarOverrides(own)...))
}

// workingCalendar reads an organisation's working calendar.
func (s *Server) workingCalendar(ctx context.Context, orgID int64) (*calendar.Calendar, error) {
	own, err := s.store.CalendarOverrides(ctx, orgID)
	if err != nil {
		return nil, err
	}
	return orgCalendar(own), nil
}

// orgDeadlines counts an organisation's deadlines: its rules (or the
// defaults) on its working calendar, read once for every deadline a request
// sets.
type orgDeadlines struct {
	rules []domain.DeadlineRule
	cal   *calendar.Calendar
}

func (s *Server) orgDeadlines(ctx context.Context, orgID int64) (orgDeadlines, error) {
	rules, err := s.store.DeadlineRules(ctx, orgID)
	if err != nil {
		return orgDeadlines{}, err
	}
	cal, err := s.workingCalendar(ctx, orgID)
	if err != nil {
		return orgDeadlines{}, err
	}
	return orgDeadlines{rules: rules, cal: cal}, nil
}

// due returns the deadline of a stage of a submission of the kind that
// starts at the moment start, ending at the close of its last day in Vietnam.
func (d orgDeadlines) due(kind domain.SubmissionKind, stage domain.DeadlineStage, start time.Time) time.Time {
	r := domain.RuleFor(d.rules, kind, stage)
	return endOfDay(d.cal.Due(domain.Today(start), calendar.Rule{Days: r.Days, Working: r.Working}))
}

// stageDue returns the deadline of one stage of a submission of the
// organisation; see orgDeadlines.due.
func (s *Server) stageDue(ctx context.Context, orgID int64, kind domain.SubmissionKind, stage domain.DeadlineStage, start time.Time) (time.Time, error) {
	d, err := s.orgDeadlines(ctx, orgID)
	if err != nil {
		return time.Time{}, err
	}
	return d.due(kind, stage, start), nil
}

// endOfDay is the last instant of a calendar day in Vietnam: an answer given
// any time on its due day is on time.
func endOfDay(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), 23, 59, 59, 0, domain.Vietnam).UTC()
}
