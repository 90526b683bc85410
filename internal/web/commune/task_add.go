package commune

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/meetings"
	"github.com/nq57/nq57/internal/web/ui"
)

// taskForm is the add-task form as typed.
type taskForm struct {
	Title    string
	UnitID   int64 // chosen from the organisation's units; 0 for none
	UnitText string
	Deadline string
}

func readTaskForm(r *http.Request) taskForm {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	return taskForm{Title: ui.Text(r, "title"), UnitID: unitID, UnitText: ui.Value(r, "unit_text"), Deadline: ui.Value(r, "deadline")}
}

// AddTask turns a conclusion of the meeting into a task for a unit, with a
// deadline.
func (h *Handlers) AddTask(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	form := readTaskForm(r)
	t, err := h.uc.Meetings.AddTask(r.Context(), ui.ActorOf(r), id,
		meetings.TaskInput{Title: form.Title, UnitID: form.UnitID, UnitText: form.UnitText, Deadline: form.Deadline})
	if err == nil {
		ui.Redirect(w, r, fmt.Sprintf("/meetings/%d#task-%d", id, t.ID), "Đã giao nhiệm vụ: "+t.Title)
		return
	}
	errs := ui.Errors{}
	status := meetingSaveProblem(err, errs, taskFields...)
	if status == 0 {
		h.ui.Fail(w, r, err)
		return
	}
	data, lerr := h.meetingPageData(r, id)
	if lerr != nil {
		h.ui.Fail(w, r, lerr)
		return
	}
	data.TaskForm, data.TaskErrors = form, errs
	h.ui.Render(w, r, status, "meeting", data)
}
