package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// taskColumns are the columns of a task (t), in the order of taskFields.
const taskColumns = `t.id, t.meeting_id, t.title, t.unit_id, t.unit_text, t.deadline, t.status, t.done_at, t.version, t.changed_by, t.changed_at`

// meetingColumns are the columns of a meeting (m), in the order of
// meetingFields.
const meetingColumns = `m.id, m.org_id, m.date, m.kind, m.chair, m.participants, m.content, m.conclusions, m.version, m.changed_by, m.changed_at`

// taskFields returns where Scan puts the taskColumns of t.
func taskFields(t *domain.Task) []any {
	return []any{&t.ID, &t.MeetingID, &t.Title, idCol{&t.UnitID}, &t.UnitText,
		dateCol{&t.Deadline}, (*string)(&t.Status), timeCol{&t.DoneAt}, &t.Version, &t.ChangedBy, timeCol{&t.ChangedAt}}
}

// meetingFields returns where Scan puts the meetingColumns of m.
func meetingFields(m *domain.Meeting) []any {
	return []any{&m.ID, &m.OrgID, dateCol{&m.Date}, (*string)(&m.Kind), &m.Chair, &m.Participants, &m.Content, &m.Conclusions,
		&m.Version, &m.ChangedBy, timeCol{&m.ChangedAt}}
}

// MeetingByID returns a meeting of the organisation with its tasks in order.
// A meeting of another organisation is NotFound, as if it did not exist, so
// that an ID in a URL reveals nothing.
func (s *Store) MeetingByID(ctx context.Context, orgID, id int64) (domain.Meeting, error) {
	var m domain.Meeting
	err := s.q.QueryRowContext(ctx, `SELECT `+meetingColumns+` FROM meetings m WHERE m.id = $1 AND m.org_id = $2`,
		id, orgID).Scan(meetingFields(&m)...)
	if err != nil {
		return m, wrap(notFound(err, "không có cuộc họp số %d", id), "load meeting %d", id)
	}
	rows, err := s.q.QueryContext(ctx, `SELECT `+taskColumns+` FROM tasks t WHERE t.meeting_id = $1 ORDER BY t.position, t.id`, id)
	if err != nil {
		return m, fmt.Errorf("load tasks of meeting %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return m, fmt.Errorf("load tasks of meeting %d: %w", id, err)
		}
		m.Tasks = append(m.Tasks, t)
	}
	return m, rows.Err()
}

// TaskByID returns a task of one of the organisation's meetings; a task of
// another organisation is NotFound.
func (s *Store) TaskByID(ctx context.Context, orgID, id int64) (domain.Task, error) {
	row := s.q.QueryRowContext(ctx, `SELECT `+taskColumns+` FROM tasks t
		JOIN meetings m ON m.id = t.meeting_id WHERE t.id = $1 AND m.org_id = $2`, id, orgID)
	t, err := scanTask(row)
	if err != nil {
		return t, wrap(notFound(err, "không có nhiệm vụ số %d", id), "load task %d", id)
	}
	return t, nil
}

func scanTask(r scanner) (domain.Task, error) {
	var t domain.Task
	err := r.Scan(taskFields(&t)...)
	return t, err
}
