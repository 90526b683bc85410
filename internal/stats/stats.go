// Package stats computes the figures of the submissions statistics from the
// submissions themselves, so that the statistics page and its Excel export
// show one computation. It is pure: no database, no clock.
package stats

import (
	"sort"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
)

// Figures are the statistics of the submissions received on the days from
// From to To (inclusive), as they stood at the moment AsOf.
type Figures struct {
	From, To time.Time // calendar days (midnight UTC, as domain.Date)
	AsOf     time.Time

	// Received, Answered (by AsOf), OnTime (answered by the deadline),
	// Overdue (past the deadline without an answer at AsOf) and Rejected:
	// the count the report uses too.
	domain.SubmissionCounts
	Duplicates int // flagged as near-duplicates of an earlier submission

	// MedianDays is the median number of calendar days from receipt to
	// answer over the answered submissions; MedianWorkingDays the same in
	// working days when a calendar was given. Both are nil when nothing was
	// answered (and MedianWorkingDays without a calendar).
	MedianDays        *float64
	MedianWorkingDays *float64

	ByKind []KindFigures  // every kind, in the order of domain.SubmissionKinds
	ByUnit []UnitFigures  // handling units with submissions, Vietnamese order, then those not assigned
	Months []MonthFigures // every month of [From, To], in order
}

// OnTimeRate is the share of answered submissions answered on time, from 0
// to 1; ok is false when nothing was answered.
func (f Figures) OnTimeRate() (rate float64, ok bool) {
	if f.Answered == 0 {
		return 0, false
	}
	return float64(f.OnTime) / float64(f.Answered), true
}

// KindFigures are the counts of one kind of submission.
type KindFigures struct {
	Kind domain.SubmissionKind
	domain.SubmissionCounts
}

// UnitFigures are the counts of the submissions assigned to one handling
// unit; UnitID 0 gathers those not assigned to any unit yet.
type UnitFigures struct {
	UnitID int64
	Name   string
	domain.SubmissionCounts
}

// MonthFigures are the counts of the submissions received in one month: of
// those, how many were answered by AsOf, and how many on time. Counting the
// month's own submissions (rather than the answers given in the month) keeps
// answered ≤ received and matches the totals.
type MonthFigures struct {
	Month domain.Period
	domain.SubmissionCounts
}

// Unassigned names the row of submissions without a handling unit.
const Unassigned = "Chưa giao đơn vị xử lý"

// Compute returns the figures of subs received on the days from to to (the
// months between are listed in Months), as they stood at asOf. Submissions
// received outside [from, to] are ignored. units name the handling units.
func Compute(subs []domain.Submission, units []domain.Unit, from, to, asOf time.Time) Figures {
	return ComputeOn(nil, subs, units, from, to, asOf)
}

// ComputeOn is Compute with the median also counted in working days of cal
// (nil: not counted).
func ComputeOn(cal *calendar.Calendar, subs []domain.Submission, units []domain.Unit, from, to, asOf time.Time) Figures {
	f := Figures{From: day(from), To: day(to), AsOf: asOf}
	byKind := make(map[domain.SubmissionKind]*domain.SubmissionCounts)
	byUnit := make(map[int64]*domain.SubmissionCounts)
	byMonth := make(map[domain.Period]*domain.SubmissionCounts)
	var days, workDays []float64
	for _, s := range subs {
		if !f.Covers(s) {
			continue
		}
		received := domain.Today(s.ReceivedAt)
		f.Add(s, asOf)
		counter(byKind, s.Kind).Add(s, asOf)
		counter(byMonth, domain.MonthPeriod(received.Year(), received.Month())).Add(s, asOf)
		counter(byUnit, s.AssignedUnitID).Add(s, asOf)
		if s.DuplicateOfID != 0 {
			f.Duplicates++
		}
		if s.Status.Answered() && !s.AnsweredAt.IsZero() && !s.AnsweredAt.After(asOf) {
			answeredDay := domain.Today(s.AnsweredAt)
			days = append(days, answeredDay.Sub(received).Hours()/24)
			if cal != nil {
				workDays = append(workDays, float64(cal.WorkingDaysBetween(received, answeredDay)))
			}
		}
	}
	f.MedianDays, f.MedianWorkingDays = Median(days), Median(workDays)
	f.ByKind = kindRows(byKind)
	f.ByUnit = unitRows(byUnit, units)
	f.Months = monthRows(byMonth, f.From, f.To)
	return f
}

func counter[K comparable](m map[K]*domain.SubmissionCounts, k K) *domain.SubmissionCounts {
	c, ok := m[k]
	if !ok {
		c = &domain.SubmissionCounts{}
		m[k] = c
	}
	return c
}

// day is the calendar day of t as written (its own year, month and day).
func day(t time.Time) time.Time { return domain.Date(t.Year(), t.Month(), t.Day()) }

// Median returns the median of values (the mean of the two middle ones for
// an even count), or nil for none. values is sorted in place.
func Median(values []float64) *float64 {
	n := len(values)
	if n == 0 {
		return nil
	}
	sort.Float64s(values)
	m := values[n/2]
	if n%2 == 0 {
		m = (values[n/2-1] + values[n/2]) / 2
	}
	return &m
}

// Covers reports whether s was received on a day of [From, To], in
// Vietnam's time: the submissions the figures count.
func (f Figures) Covers(s domain.Submission) bool {
	d := domain.Today(s.ReceivedAt)
	return !d.Before(f.From) && !d.After(f.To)
}
