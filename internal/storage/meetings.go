package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// SaveMeeting inserts the meeting (ID 0) or updates it, and makes its stored
// tasks those of m, in one transaction. Tasks keep their IDs when they are
// still there; new ones get IDs; the others are deleted. It sets every ID.
func (s *Store) SaveMeeting(ctx context.Context, m *domain.Meeting) error {
	if err := validateMeeting(*m); err != nil {
		return err
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, m.OrgID); err != nil {
			return err
		}
		if err := tx.requireUnits(ctx, m.OrgID, taskUnitIDs(*m)); err != nil {
			return err
		}
		if err := tx.saveMeetingRow(ctx, m); err != nil {
			return err
		}
		return tx.saveTasks(ctx, m)
	})
	if err != nil {
		return wrap(err, "save meeting of %s", m.Date.Format(time.DateOnly))
	}
	return nil
}

func validateMeeting(m domain.Meeting) error {
	var pr problems
	if m.OrgID == 0 {
		pr.add("org", "chưa chọn đơn vị (tổ chức) của cuộc họp")
	}
	if m.Date.IsZero() {
		pr.add("date", "chưa có ngày họp")
	}
	if !m.Kind.Valid() {
		pr.add("kind", fmt.Sprintf("loại cuộc họp %q không có", m.Kind))
	}
	for i, t := range m.Tasks {
		field := fmt.Sprintf("nhiệm vụ %d", i+1)
		if t.Title == "" {
			pr.add(field, "chưa có nội dung nhiệm vụ")
		}
		if !validTaskStatus(t.Status) {
			pr.add(field, fmt.Sprintf("trạng thái %q không có", t.Status))
		}
	}
	return pr.err("thông tin cuộc họp chưa hợp lệ")
}

func validTaskStatus(s domain.TaskStatus) bool {
	return s == domain.TaskOpen || s == domain.TaskDone || s == domain.TaskCancelled
}

func (s *Store) saveMeetingRow(ctx context.Context, m *domain.Meeting) error {
	args := []any{m.OrgID, s.dateArg(m.Date), string(m.Kind), m.Chair, m.Participants, m.Content, m.Conclusions}
	if m.ID == 0 {
		err := s.q.QueryRowContext(ctx, `INSERT INTO meetings
			(org_id, date, kind, chair, participants, content, conclusions)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, args...).Scan(&m.ID)
		if err != nil {
			return fmt.Errorf("insert meeting: %w", err)
		}
		return nil
	}
	// The meeting must already be the organisation's: an ID of another
	// organisation's meeting updates nothing and is NotFound.
	res, err := s.q.ExecContext(ctx, `UPDATE meetings SET org_id = $1, date = $2, kind = $3, chair = $4,
		participants = $5, content = $6, conclusions = $7 WHERE id = $8 AND org_id = $1`, append(args, m.ID)...)
	return updated(res, err, "không có cuộc họp số %d", m.ID)
}

// saveTasks updates the tasks of m that are stored already, inserts the new
// ones and deletes those m no longer has.
func (s *Store) saveTasks(ctx context.Context, m *domain.Meeting) error {
	stored, err := s.taskIDs(ctx, m.ID)
	if err != nil {
		return err
	}
	for i := range m.Tasks {
		t := &m.Tasks[i]
		if !stored[t.ID] {
			t.ID = 0 // an id from another meeting, or none: a new task
		}
		delete(stored, t.ID)
		t.MeetingID = m.ID
		if err := s.saveTask(ctx, t, i+1); err != nil {
			return err
		}
	}
	for id := range stored {
		if _, err := s.q.ExecContext(ctx, `DELETE FROM tasks WHERE id = $1`, id); err != nil {
			return fmt.Errorf("delete task %d: %w", id, err)
		}
	}
	return nil
}

func (s *Store) saveTask(ctx context.Context, t *domain.Task, position int) error {
	args := []any{t.MeetingID, position, t.Title, nullID(t.UnitID), t.UnitText,
		s.dateArg(t.Deadline), string(t.Status), s.timeArg(t.DoneAt)}
	var err error
	if t.ID == 0 {
		err = s.q.QueryRowContext(ctx, `INSERT INTO tasks
			(meeting_id, position, title, unit_id, unit_text, deadline, status, done_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, args...).Scan(&t.ID)
	} else {
		_, err = s.q.ExecContext(ctx, `UPDATE tasks SET meeting_id = $1, position = $2, title = $3, unit_id = $4,
			unit_text = $5, deadline = $6, status = $7, done_at = $8 WHERE id = $9`, append(args, t.ID)...)
	}
	if err != nil {
		return fmt.Errorf("save task %q: %w", t.Title, err)
	}
	return nil
}

func (s *Store) taskIDs(ctx context.Context, meetingID int64) (map[int64]bool, error) {
	ids, err := s.queryIDs(ctx, `SELECT id FROM tasks WHERE meeting_id = $1`, meetingID)
	if err != nil {
		return nil, fmt.Errorf("load task ids: %w", err)
	}
	return idSet(ids), nil
}

func taskUnitIDs(m domain.Meeting) []int64 {
	var ids []int64
	for _, t := range m.Tasks {
		if t.UnitID != 0 {
			ids = append(ids, t.UnitID)
		}
	}
	return ids
}
