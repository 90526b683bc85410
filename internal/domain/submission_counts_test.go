package domain_test

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// TestSubmissionCountsEachOutcomeOnce checks that each submission is counted
// as exactly one of answered (on time or late), rejected or pending, as it
// stood at the moment asked.
func TestSubmissionCountsEachOutcomeOnce(t *testing.T) {
	due := time.Date(2026, 3, 20, 16, 59, 59, 0, time.UTC)
	asOf := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	subs := []domain.Submission{
		{Status: domain.SubmissionAnswered, DueAt: due, AnsweredAt: due.Add(-time.Hour)},   // on time
		{Status: domain.SubmissionPublished, DueAt: due, AnsweredAt: due.Add(time.Hour)},   // late
		{Status: domain.SubmissionAnswered, DueAt: due, AnsweredAt: asOf.AddDate(0, 0, 5)}, // answered after asOf: pending, overdue then
		{Status: domain.SubmissionInProgress, DueAt: asOf.AddDate(0, 0, 1)},                // pending, not yet due
		{Status: domain.SubmissionRejected, DueAt: due},                                    // rejected
		{Status: domain.SubmissionReceived, DueAt: due},                                    // pending, overdue
	}
	c := domain.CountSubmissions(subs, asOf)
	want := domain.SubmissionCounts{Received: 6, Answered: 2, OnTime: 1, Overdue: 2, Rejected: 1}
	if c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	if c.Late() != 1 || c.Pending() != 3 {
		t.Errorf("late %d, pending %d; want 1, 3", c.Late(), c.Pending())
	}
	if sum := c.Plus(c); sum.Received != 12 || sum.Overdue != 4 {
		t.Errorf("plus %+v", sum)
	}
}
