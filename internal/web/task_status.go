package web

import (
	"fmt"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// updateTask sets a task's status: open, done (dated today) or cancelled.
func (s *Server) updateTask(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	before, err := s.store.TaskByID(r.Context(), v.Org.ID, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	status := domain.TaskStatus(r.FormValue("status"))
	if taskStatusLabel(status) == string(status) {
		s.fail(w, r, domain.Errorf(domain.Invalid, "Trạng thái nhiệm vụ %q không có: chọn Đang thực hiện, Đã hoàn thành hoặc Đã hủy.", status))
		return
	}
	back := fmt.Sprintf("/meetings/%d#task-%d", before.MeetingID, before.ID)
	if status == before.Status {
		redirectWithFlash(w, r, back, "Nhiệm vụ vẫn ở trạng thái "+taskStatusLabel(status)+": không có gì thay đổi.")
		return
	}
	t := before
	t.Status, t.DoneAt = status, withDoneAt(status, domain.Today(s.now()))
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.SaveTask(r.Context(), v.Org.ID, &t); err != nil {
			return err
		}
		return s.audit(tx, r, "task.status", taskEntity(t), auditOfTask(before), auditOfTask(t), "")
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, back, fmt.Sprintf("Nhiệm vụ “%s”: %s.", t.Title, taskStatusLabel(status)))
}

// withDoneAt is the completion day a task gets with a new status: today when
// it is done, none otherwise.
func withDoneAt(status domain.TaskStatus, today time.Time) time.Time {
	if status == domain.TaskDone {
		return today
	}
	return time.Time{}
}
