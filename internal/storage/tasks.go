package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// SaveTask adds a task to a meeting of the organisation (t.ID 0: it goes
// last, and gets its ID and version) or changes one of the organisation's
// tasks if it is still at t.Version (its meeting and position stay; it moves
// to the next version). A meeting or task of another organisation is
// NotFound; a unit of another organisation is Invalid; a task someone saved
// after t was read is Stale, naming who, when and its status now.
func (s *Store) SaveTask(ctx context.Context, orgID int64, t *domain.Task) error {
	if err := validateTask(*t); err != nil {
		return err
	}
	// Ownership is checked before the unit, so that someone of another
	// organisation learns only that the task is not there.
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOwnTask(ctx, orgID, *t); err != nil {
			return err
		}
		if t.UnitID != 0 {
			if err := tx.requireUnits(ctx, orgID, []int64{t.UnitID}); err != nil {
				return err
			}
		}
		if t.ID == 0 {
			return tx.insertTask(ctx, t)
		}
		return tx.updateTask(ctx, orgID, t)
	})
	return wrap(err, "save task %q", t.Title)
}

func validateTask(t domain.Task) error {
	var pr problems
	if t.Title == "" {
		pr.add("title", "chưa có nội dung nhiệm vụ")
	}
	if !t.Status.Valid() {
		pr.add("status", fmt.Sprintf("trạng thái %q không có", t.Status))
	}
	return pr.err("thông tin nhiệm vụ chưa hợp lệ")
}

// requireOwnTask returns NotFound unless the task (or, for a new task, its
// meeting) belongs to the organisation.
func (s *Store) requireOwnTask(ctx context.Context, orgID int64, t domain.Task) error {
	query, id, missing := `SELECT COUNT(*) FROM meetings WHERE id = $1 AND org_id = $2`, t.MeetingID, "không có cuộc họp số %d"
	if t.ID != 0 {
		query, id, missing = `SELECT COUNT(*) FROM tasks t JOIN meetings m ON m.id = t.meeting_id
			WHERE t.id = $1 AND m.org_id = $2`, t.ID, "không có nhiệm vụ số %d"
	}
	var n int
	if err := s.q.QueryRowContext(ctx, query, id, orgID).Scan(&n); err != nil {
		return fmt.Errorf("check task %d of meeting %d: %w", t.ID, t.MeetingID, err)
	}
	if n == 0 {
		return domain.Errorf(domain.NotFound, missing, id)
	}
	return nil
}

func (s *Store) insertTask(ctx context.Context, t *domain.Task) error {
	var last int
	err := s.q.QueryRowContext(ctx, `SELECT COALESCE(MAX(position), 0) FROM tasks WHERE meeting_id = $1`, t.MeetingID).Scan(&last)
	if err != nil {
		return fmt.Errorf("last task position of meeting %d: %w", t.MeetingID, err)
	}
	return s.saveTask(ctx, t, last+1)
}

// updateTask changes a task in place; the WHERE clause keeps the change
// within the organisation even if the caller did not look the task up first.
func (s *Store) updateTask(ctx context.Context, orgID int64, t *domain.Task) error {
	err := s.q.QueryRowContext(ctx, `UPDATE tasks SET title = $1, unit_id = $2, unit_text = $3, deadline = $4,
		status = $5, done_at = $6, changed_by = $7, changed_at = $8, version = version + 1
		WHERE id = $9 AND version = $10 AND meeting_id IN (SELECT id FROM meetings WHERE org_id = $11)
		RETURNING meeting_id, version`,
		t.Title, nullID(t.UnitID), t.UnitText, s.dateArg(t.Deadline), string(t.Status), s.timeArg(t.DoneAt),
		t.ChangedBy, s.timeArg(t.ChangedAt), t.ID, t.Version, orgID).Scan(&t.MeetingID, &t.Version)
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	now, err := s.TaskByID(ctx, orgID, t.ID)
	if err != nil {
		return err
	}
	return domain.StaleRecord("nhiệm vụ “"+now.Title+"”",
		domain.Revision{Version: now.Version, By: now.ChangedBy, At: now.ChangedAt, Value: now.Status.Label()})
}

// OpenTasks returns the organisation's open tasks, soonest deadline first
// (tasks without a deadline last), each with its meeting.
func (s *Store) OpenTasks(ctx context.Context, orgID int64) ([]domain.MeetingTask, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT `+taskColumns+`, `+meetingColumns+`
		FROM tasks t JOIN meetings m ON m.id = t.meeting_id
		WHERE m.org_id = $1 AND t.status = $2
		ORDER BY (t.deadline IS NULL), t.deadline, m.date, t.position, t.id`, orgID, string(domain.TaskOpen))
	if err != nil {
		return nil, fmt.Errorf("list open tasks of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.MeetingTask
	for rows.Next() {
		var mt domain.MeetingTask
		if err := rows.Scan(append(taskFields(&mt.Task), meetingFields(&mt.Meeting)...)...); err != nil {
			return nil, fmt.Errorf("list open tasks of org %d: %w", orgID, err)
		}
		out = append(out, mt)
	}
	return out, rows.Err()
}
