package web

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/meetings"
)

// meetingPage shows one meeting, its tasks with their status, the form that
// adds a task from its conclusions, and the form that edits it.
type meetingPage struct {
	Page
	Meeting     domain.Meeting
	Tasks       []taskRow
	Edit        meetingFormView
	EditOpen    bool // show the edit form unfolded (it has errors)
	TaskForm    taskForm
	TaskErrors  fieldErrors
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
func (s *Server) meetingPageData(r *http.Request, id int64) (*meetingPage, error) {
	d, err := s.uc.meetings.Meeting(r.Context(), actorOf(r), id)
	if err != nil {
		return nil, err
	}
	return s.newMeetingPage(r, d), nil
}

func (s *Server) newMeetingPage(r *http.Request, d meetings.Detail) *meetingPage {
	m := d.Meeting
	title := fmt.Sprintf("Cuộc họp ngày %s", m.Date.Format("02/01/2006"))
	data := &meetingPage{
		Page: s.page(r, title, "meetings"), Meeting: m, Units: d.Units, Statuses: domain.TaskStatuses,
		Edit:       newMeetingFormView(formOfMeeting(m), fmt.Sprintf("/meetings/%d", m.ID), "Lưu thay đổi"),
		TaskErrors: fieldErrors{},
	}
	names := unitNames(d.Units)
	for _, t := range m.Tasks {
		data.Tasks = append(data.Tasks, newTaskRow(t, names, s.now()))
	}
	return data
}

func (s *Server) showMeeting(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	data, err := s.meetingPageData(r, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "meeting", data)
}

// updateMeeting edits a meeting's own fields; its tasks stay. A save made
// against a meeting someone else saved since the form was drawn is refused
// (409): the form keeps what was typed, with the meeting's version now, and
// says who changed it, when, and what it holds.
func (s *Server) updateMeeting(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	form := readMeetingForm(r)
	m, err := s.uc.meetings.Update(r.Context(), actorOf(r), id, form.input())
	if err == nil {
		redirectWithFlash(w, r, fmt.Sprintf("/meetings/%d", m.ID), "Đã lưu thay đổi của cuộc họp.")
		return
	}
	errs := fieldErrors{}
	status := meetingSaveProblem(err, errs, meetingFields...)
	if status == 0 {
		s.fail(w, r, err)
		return
	}
	data, lerr := s.meetingPageData(r, id)
	if lerr != nil {
		s.fail(w, r, lerr)
		return
	}
	if domain.ErrorCode(err) == domain.Stale {
		form.Version = data.Meeting.Version
	}
	data.Edit.Form, data.Edit.Errors, data.EditOpen = form, errs, true
	s.render(w, r, status, "meeting", data)
}
