package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// SaveMeeting inserts the meeting (ID 0) or updates it (as UpdateMeeting
// does, at m.Version), and makes its stored tasks those of m, in one
// transaction. Tasks keep their IDs when they are still there; new ones get
// IDs; the others are deleted. It sets every ID and version. The screens
// change a meeting's fields and its tasks one by one (UpdateMeeting,
// SaveTask); this is for loading a meeting whole.
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
		if !t.Status.Valid() {
			pr.add(field, fmt.Sprintf("trạng thái %q không có", t.Status))
		}
	}
	return pr.err("thông tin cuộc họp chưa hợp lệ")
}

func (s *Store) saveMeetingRow(ctx context.Context, m *domain.Meeting) error {
	if m.ID != 0 {
		return s.updateMeetingRow(ctx, m)
	}
	err := s.q.QueryRowContext(ctx, `INSERT INTO meetings
		(org_id, date, kind, chair, participants, content, conclusions, changed_by, changed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, version`,
		m.OrgID, s.dateArg(m.Date), string(m.Kind), m.Chair, m.Participants, m.Content, m.Conclusions,
		m.ChangedBy, s.timeArg(m.ChangedAt)).Scan(&m.ID, &m.Version)
	if err != nil {
		return fmt.Errorf("insert meeting: %w", err)
	}
	return nil
}

// UpdateMeeting saves the meeting's own fields (not its tasks, which change
// one by one) if it is still at m.Version, and moves it to the next version.
// A meeting of another organisation is NotFound; one that someone saved after
// m was read is refused as Stale, naming who, when and what it holds now.
func (s *Store) UpdateMeeting(ctx context.Context, m *domain.Meeting) error {
	if err := validateMeeting(domain.Meeting{OrgID: m.OrgID, Date: m.Date, Kind: m.Kind}); err != nil {
		return err
	}
	return wrap(s.WithTx(ctx, func(tx *Store) error { return tx.updateMeetingRow(ctx, m) }), "update meeting %d", m.ID)
}

func (s *Store) updateMeetingRow(ctx context.Context, m *domain.Meeting) error {
	// The meeting must already be the organisation's: an ID of another
	// organisation's meeting updates nothing and is NotFound.
	res, err := s.q.ExecContext(ctx, `UPDATE meetings SET date = $3, kind = $4, chair = $5, participants = $6,
		content = $7, conclusions = $8, version = version + 1, changed_by = $9, changed_at = $10
		WHERE id = $1 AND org_id = $2 AND version = $11`,
		m.ID, m.OrgID, s.dateArg(m.Date), string(m.Kind), m.Chair, m.Participants, m.Content, m.Conclusions,
		m.ChangedBy, s.timeArg(m.ChangedAt), m.Version)
	if err := updated(res, err, "không có cuộc họp số %d", m.ID); err != nil {
		if !domain.IsNotFound(err) {
			return err
		}
		now, err := s.MeetingByID(ctx, m.OrgID, m.ID)
		if err != nil {
			return err
		}
		return domain.StaleRecord("cuộc họp ngày "+now.Date.Format("02/01/2006"),
			domain.Revision{Version: now.Version, By: now.ChangedBy, At: now.ChangedAt, Value: now.Summary()})
	}
	m.Version++
	return nil
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

// saveTask writes a task of a meeting being saved whole: a new one, or one
// it keeps, which moves to its next version.
func (s *Store) saveTask(ctx context.Context, t *domain.Task, position int) error {
	args := []any{t.MeetingID, position, t.Title, nullID(t.UnitID), t.UnitText,
		s.dateArg(t.Deadline), string(t.Status), s.timeArg(t.DoneAt), t.ChangedBy, s.timeArg(t.ChangedAt)}
	var err error
	if t.ID == 0 {
		err = s.q.QueryRowContext(ctx, `INSERT INTO tasks
			(meeting_id, position, title, unit_id, unit_text, deadline, status, done_at, changed_by, changed_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, version`, args...).Scan(&t.ID, &t.Version)
	} else {
		err = s.q.QueryRowContext(ctx, `UPDATE tasks SET meeting_id = $1, position = $2, title = $3, unit_id = $4,
			unit_text = $5, deadline = $6, status = $7, done_at = $8, changed_by = $9, changed_at = $10,
			version = version + 1 WHERE id = $11 RETURNING version`, append(args, t.ID)...).Scan(&t.Version)
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
