package submissions

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// DueSoonDays is how close a deadline must be for the inbox and a
// submission's page to mark it.
const DueSoonDays = 3

// Calendar is an organisation's working calendar: the legal holidays, the
// Government's decisions nq57 ships (2026), and the days its administrator
// added or swapped (own).
func Calendar(own []domain.CalendarOverride) *calendar.Calendar {
	return calendar.New(append(calendar.Overrides2026(), calendarOverrides(own)...))
}

func calendarOverrides(own []domain.CalendarOverride) []calendar.Override {
	out := make([]calendar.Override, 0, len(own))
	for _, o := range own {
		out = append(out, calendar.Override{Date: o.Date, Off: o.Off, Note: o.Note})
	}
	return out
}

// workingCalendar reads an organisation's working calendar.
func workingCalendar(ctx context.Context, st *storage.Store, orgID int64) (*calendar.Calendar, error) {
	own, err := st.CalendarOverrides(ctx, orgID)
	if err != nil {
		return nil, fmt.Errorf("working calendar: %w", err)
	}
	return Calendar(own), nil
}

// deadlines counts an organisation's deadlines: its rules (or the defaults)
// on its working calendar, read once for every deadline a use case sets.
type deadlines struct {
	rules []domain.DeadlineRule
	cal   *calendar.Calendar
}

func loadDeadlines(ctx context.Context, st *storage.Store, orgID int64) (deadlines, error) {
	rules, err := st.DeadlineRules(ctx, orgID)
	if err != nil {
		return deadlines{}, fmt.Errorf("deadline rules: %w", err)
	}
	cal, err := workingCalendar(ctx, st, orgID)
	if err != nil {
		return deadlines{}, err
	}
	return deadlines{rules: rules, cal: cal}, nil
}

// due returns the deadline of a stage of a submission of the kind that
// starts at the moment start, ending at the close of its last day.
func (d deadlines) due(kind domain.SubmissionKind, stage domain.DeadlineStage, start time.Time) time.Time {
	r := domain.RuleFor(d.rules, kind, stage)
	return EndOfDay(d.cal.Due(domain.Today(start), calendar.Rule{Days: r.Days, Working: r.Working}))
}

// EndOfDay is the last instant of a calendar day in Vietnam: an answer given
// any time on its due day is on time.
func EndOfDay(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), 23, 59, 59, 0, domain.Vietnam).UTC()
}

// DeadlineMarks tells whether a submission is past its deadline at now, or
// due within DueSoonDays days (counted to the end of that day in Vietnam).
func DeadlineMarks(sub domain.Submission, now time.Time) (overdue, soon bool) {
	if sub.Overdue(now) {
		return true, false
	}
	if !sub.Status.Open() || sub.DueAt.IsZero() {
		return false, false
	}
	return false, !sub.DueAt.After(EndOfDay(domain.Today(now).AddDate(0, 0, DueSoonDays)))
}
