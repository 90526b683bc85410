package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/meetings"
)

// updateTask sets a task's status: open, done (dated today) or cancelled. A
// change made against a task someone else changed since the page was drawn
// is refused (409): the meeting's page says who, when and the status now,
// and the task's row keeps the status chosen.
func (s *Server) updateTask(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	chosen := domain.TaskStatus(r.FormValue("status"))
	ch, err := s.uc.meetings.SetTaskStatus(r.Context(), actorOf(r), id, meetings.TaskStatusInput{Status: string(chosen), Version: version})
	if domain.ErrorCode(err) == domain.Stale {
		data, lerr := s.meetingPageData(r, ch.Task.MeetingID)
		if lerr != nil {
			s.fail(w, r, lerr)
			return
		}
		data.TaskProblem = taskProblem{ID: id, Status: chosen, Message: err.Error()}
		s.render(w, r, http.StatusConflict, "meeting", data)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	t := ch.Task
	back := fmt.Sprintf("/meetings/%d#task-%d", t.MeetingID, t.ID)
	if !ch.Changed {
		redirectWithFlash(w, r, back, "Nhiệm vụ vẫn ở trạng thái "+t.Status.Label()+": không có gì thay đổi.")
		return
	}
	redirectWithFlash(w, r, back, fmt.Sprintf("Nhiệm vụ “%s”: %s.", t.Title, t.Status.Label()))
}
