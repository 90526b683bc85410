package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// meetingsIn selects the meetings (m) of organisation $1 held from day $2 to
// day $3 inclusive.
const meetingsIn = ` FROM meetings m WHERE m.org_id = $1 AND m.date >= $2 AND m.date <= $3`

// Meetings returns the meetings of the organisation held on the calendar days
// from to to (inclusive; a zero bound means no bound), by date then id, with
// their tasks in order.
func (s *Store) Meetings(ctx context.Context, orgID int64, from, to time.Time) ([]domain.Meeting, error) {
	args := []any{orgID, s.dateArg(orZero(from, minDay)), s.dateArg(orZero(to, maxDay))}
	tasks, err := s.meetingTasks(ctx, args)
	if err != nil {
		return nil, fmt.Errorf("list meetings of org %d: %w", orgID, err)
	}
	rows, err := s.q.QueryContext(ctx, `SELECT `+meetingColumns+meetingsIn+` ORDER BY m.date, m.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list meetings of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.Meeting
	for rows.Next() {
		var m domain.Meeting
		if err := rows.Scan(meetingFields(&m)...); err != nil {
			return nil, fmt.Errorf("list meetings of org %d: %w", orgID, err)
		}
		m.Tasks = tasks[m.ID]
		out = append(out, m)
	}
	return out, rows.Err()
}

func (s *Store) meetingTasks(ctx context.Context, args []any) (map[int64][]domain.Task, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT `+taskColumns+` FROM tasks t JOIN (SELECT m.id`+meetingsIn+`) m
		ON m.id = t.meeting_id ORDER BY t.meeting_id, t.position`, args...)
	if err != nil {
		return nil, fmt.Errorf("load tasks: %w", err)
	}
	defer rows.Close()
	out := map[int64][]domain.Task{}
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, fmt.Errorf("load tasks: %w", err)
		}
		out[t.MeetingID] = append(out[t.MeetingID], t)
	}
	return out, rows.Err()
}

// Bounds for a query range left open. The first is 2 January of year 1
// because 1 January is the zero time, which dateArg turns into NULL; the last
// stays well within four-digit years, so that SQLite's text compares right.
var (
	minDay = domain.Date(1, time.January, 2)
	maxDay = domain.Date(9000, time.December, 31)
)

func orZero(t, instead time.Time) time.Time {
	if t.IsZero() {
		return instead
	}
	return t
}
