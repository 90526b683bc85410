package commune

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/meetings"
	"github.com/nq57/nq57/internal/web/ui"
)

// meetingPage shows one meeting, its tasks with their status, the form that
// adds a task from its conclusions, and the form that edits it.
type meetingPage struct {
	ui.Page
	Meeting     domain.Meeting
	Tasks       []taskRow
	Edit        meetingFormView
	EditOpen    bool // show the edit form unfolded (it has errors)
	TaskForm    taskForm
	TaskErrors  ui.Errors
	TaskProblem taskProblem // a refused status change, shown in its task's row
	Units       []domain.Unit
	Statuses    []domain.TaskStatus
}

// taskProblem is a status change that was refused: the task, the status the
// person chose (kept in the row) and why.
type taskProblem struct {
	ID      int64
	Status  domain.TaskStatus
	Message string
}

// meetingPageData loads the meeting named in the URL ("id") and builds its
// page. A meeting of another organisation is NotFound.
func (h *Handlers) meetingPageData(r *http.Request, id int64) (*meetingPage, error) {
	d, err := h.uc.Meetings.Meeting(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		return nil, err
	}
	return h.newMeetingPage(r, d), nil
}

func (h *Handlers) newMeetingPage(r *http.Request, d meetings.Detail) *meetingPage {
	m := d.Meeting
	title := fmt.Sprintf("Cuộc họp ngày %s", m.Date.Format("02/01/2006"))
	data := &meetingPage{
		Page: h.ui.Page(r, title, "meetings"), Meeting: m, Units: d.Units, Statuses: domain.TaskStatuses,
		Edit:       newMeetingFormView(formOfMeeting(m), fmt.Sprintf("/meetings/%d", m.ID), "Lưu thay đổi"),
		TaskErrors: ui.Errors{},
	}
	names := domain.UnitNames(d.Units)
	for _, t := range m.Tasks {
		data.Tasks = append(data.Tasks, newTaskRow(t, names, h.now()))
	}
	return data
}

// Meeting shows a meeting of the viewer's organisation with its tasks.
func (h *Handlers) Meeting(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	data, err := h.meetingPageData(r, id)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "meeting", data)
}

// UpdateMeeting edits a meeting's own fields; its tasks stay. A save made
// against a meeting someone else saved since the form was drawn is refused
// (409): the form keeps what was typed, with the meeting's version now, and
// says who changed it, when, and what it holds.
func (h *Handlers) UpdateMeeting(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	form := readMeetingForm(r)
	m, err := h.uc.Meetings.Update(r.Context(), ui.ActorOf(r), id, form.input())
	if err == nil {
		ui.Redirect(w, r, fmt.Sprintf("/meetings/%d", m.ID), "Đã lưu thay đổi của cuộc họp.")
		return
	}
	errs := ui.Errors{}
	status := meetingSaveProblem(err, errs, meetingFields...)
	if status == 0 {
		h.ui.Fail(w, r, err)
		return
	}
	data, lerr := h.meetingPageData(r, id)
	if lerr != nil {
		h.ui.Fail(w, r, lerr)
		return
	}
	if domain.ErrorCode(err) == domain.Stale {
		form.Version = data.Meeting.Version
	}
	data.Edit.Form, data.Edit.Errors, data.EditOpen = form, errs, true
	h.ui.Render(w, r, status, "meeting", data)
}
