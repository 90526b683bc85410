package meetings

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// TaskStatusInput is the status a person chose for a task, as they saw the
// task at Version.
type TaskStatusInput struct {
	Status  string
	Version int64
}

// TaskChange is a task after a status change, and whether anything changed.
type TaskChange struct {
	Task    domain.Task
	Changed bool
}

// SetTaskStatus sets the status of a task of the actor's organisation: open,
// done (dated today) or cancelled. A task someone saved since the person saw
// it is refused as Stale, with its status now, who and when, unless it
// already has the status chosen; the result then holds the task as it
// stands, so that the edge can show its meeting again.
func (s *Service) SetTaskStatus(ctx context.Context, a usecase.Actor, id int64, in TaskStatusInput) (TaskChange, error) {
	if err := a.Require(domain.ActEditMeetings); err != nil {
		return TaskChange{}, err
	}
	status := domain.TaskStatus(in.Status)
	var out TaskChange
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		before, err := tx.TaskByID(ctx, a.Org.ID, id)
		if err != nil {
			return err
		}
		if !status.Valid() {
			return domain.Errorf(domain.Invalid, "Trạng thái nhiệm vụ %q không có: chọn Đang thực hiện, Đã hoàn thành hoặc Đã hủy.", in.Status)
		}
		out.Task = before
		if status == before.Status {
			return nil
		}
		t := before
		t.Status, t.DoneAt = status, doneAt(status, domain.Today(s.env.Now()))
		t.Version, t.ChangedBy, t.ChangedAt = in.Version, a.Name(), s.env.Now()
		if err := tx.SaveTask(ctx, a.Org.ID, &t); err != nil {
			return err
		}
		out = TaskChange{Task: t, Changed: true}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "task.status", Entity: taskEntity(t),
			Before: auditOfTask(before), After: auditOfTask(t)})
	})
	return out, err
}

// doneAt is the completion day a task gets with a new status: today when it
// is done, none otherwise.
func doneAt(status domain.TaskStatus, today time.Time) time.Time {
	if status == domain.TaskDone {
		return today
	}
	return time.Time{}
}
