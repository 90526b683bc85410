package domain

import "time"

// SubmissionCounts tally what became of submissions by a moment: the one
// count that the report's sections 3 and 4 and the statistics both use.
// Every submission counted is received; each is then exactly one of
// answered (on time or late), rejected, or pending (overdue among them).
type SubmissionCounts struct {
	Received int
	Answered int // answered by the moment
	OnTime   int // of those answered, by the deadline
	Overdue  int // pending and past the deadline at the moment
	Rejected int
}

// Add counts one submission as it stood at asOf: an answer given after asOf
// does not count yet, so a report drawn up for an earlier day sees what was
// answered and overdue then.
func (c *SubmissionCounts) Add(s Submission, asOf time.Time) {
	c.Received++
	switch {
	case s.Status == SubmissionRejected:
		c.Rejected++
	case s.Status.Answered() && !s.AnsweredAt.After(asOf):
		c.Answered++
		if s.AnsweredOnTime() {
			c.OnTime++
		}
	case s.Overdue(asOf):
		c.Overdue++
	}
}

// Late counts the submissions answered after their deadline.
func (c SubmissionCounts) Late() int { return c.Answered - c.OnTime }

// Pending counts the submissions neither answered nor rejected yet.
func (c SubmissionCounts) Pending() int { return c.Received - c.Answered - c.Rejected }

// Plus returns the sum of two tallies.
func (c SubmissionCounts) Plus(o SubmissionCounts) SubmissionCounts {
	return SubmissionCounts{Received: c.Received + o.Received, Answered: c.Answered + o.Answered,
		OnTime: c.OnTime + o.OnTime, Overdue: c.Overdue + o.Overdue, Rejected: c.Rejected + o.Rejected}
}

// CountSubmissions tallies subs as they stood at asOf.
func CountSubmissions(subs []Submission, asOf time.Time) SubmissionCounts {
	var c SubmissionCounts
	for _, s := range subs {
		c.Add(s, asOf)
	}
	return c
}
