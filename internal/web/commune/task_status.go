package commune

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/meetings"
	"github.com/nq57/nq57/internal/web/ui"
)

// UpdateTask sets a task's status: open, done (dated today) or cancelled. A
// change made against a task someone else changed since the page was drawn
// is refused (409): the meeting's page says who, when and the status now,
// and the task's row keeps the status chosen.
func (h *Handlers) UpdateTask(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	chosen := domain.TaskStatus(r.FormValue("status"))
	ch, err := h.uc.Meetings.SetTaskStatus(r.Context(), ui.ActorOf(r), id, meetings.TaskStatusInput{Status: string(chosen), Version: version})
	if domain.ErrorCode(err) == domain.Stale {
		data, lerr := h.meetingPageData(r, ch.Task.MeetingID)
		if lerr != nil {
			h.ui.Fail(w, r, lerr)
			return
		}
		data.TaskProblem = taskProblem{ID: id, Status: chosen, Message: err.Error()}
		h.ui.Render(w, r, http.StatusConflict, "meeting", data)
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	t := ch.Task
	back := fmt.Sprintf("/meetings/%d#task-%d", t.MeetingID, t.ID)
	if !ch.Changed {
		ui.Redirect(w, r, back, "Nhiệm vụ vẫn ở trạng thái "+t.Status.Label()+": không có gì thay đổi.")
		return
	}
	ui.Redirect(w, r, back, fmt.Sprintf("Nhiệm vụ “%s”: %s.", t.Title, t.Status.Label()))
}
