package web

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// meetingPage shows one meeting, its tasks with their status, the form that
// adds a task from its conclusions, and the form that edits it.
type meetingPage struct {
	Page
	Meeting    domain.Meeting
	Tasks      []taskRow
	Edit       meetingFormView
	EditOpen   bool // show the edit form unfolded (it has errors)
	TaskForm   taskForm
	TaskErrors fieldErrors
	Units      []domain.Unit
	Statuses   []taskStatusOption
}

// loadMeeting reads the meeting named in the URL, answering 404 when the ID
// is not a meeting of the signed-in user's organisation.
func (s *Server) loadMeeting(w http.ResponseWriter, r *http.Request) (domain.Meeting, bool) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return domain.Meeting{}, false
	}
	m, err := s.store.MeetingByID(r.Context(), mustViewer(r).Org.ID, id)
	if domain.IsNotFound(err) {
		s.notFound(w, r)
		return m, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return m, false
	}
	return m, true
}

func (s *Server) meetingPageData(r *http.Request, m domain.Meeting) (*meetingPage, error) {
	units, err := s.store.Units(r.Context(), m.OrgID)
	if err != nil {
		return nil, fmt.Errorf("units for meeting %d: %w", m.ID, err)
	}
	title := fmt.Sprintf("Cuộc họp ngày %s", m.Date.Format("02/01/2006"))
	data := &meetingPage{
		Page: s.page(r, title, "meetings"), Meeting: m, Units: units, Statuses: taskStatuses,
		Edit:       newMeetingFormView(formOfMeeting(m), fmt.Sprintf("/meetings/%d", m.ID), "Lưu thay đổi"),
		TaskErrors: fieldErrors{},
	}
	names := unitNames(units)
	for _, t := range m.Tasks {
		data.Tasks = append(data.Tasks, newTaskRow(t, names, s.now()))
	}
	return data, nil
}

func (s *Server) showMeeting(w http.ResponseWriter, r *http.Request) {
	m, ok := s.loadMeeting(w, r)
	if !ok {
		return
	}
	data, err := s.meetingPageData(r, m)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "meeting", data)
}

// updateMeeting edits a meeting's own fields. Its tasks stay: they are loaded
// with it and saved back as they are, since SaveMeeting replaces the tasks by
// those it is given.
func (s *Server) updateMeeting(w http.ResponseWriter, r *http.Request) {
	before, ok := s.loadMeeting(w, r)
	if !ok {
		return
	}
	data, err := s.meetingPageData(r, before)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Edit.Form, data.EditOpen = readMeetingForm(r), true
	m := before
	m.Tasks = append([]domain.Task(nil), before.Tasks...)
	if data.Edit.Errors = data.Edit.Form.apply(&m); data.Edit.Errors.any() {
		s.render(w, r, http.StatusUnprocessableEntity, "meeting", data)
		return
	}
	if err := s.saveMeetingAudited(r, &before, &m); err != nil {
		status := meetingSaveProblem(err, data.Edit.Errors, meetingFields...)
		if status == 0 {
			s.serverError(w, r, err)
			return
		}
		s.render(w, r, status, "meeting", data)
		return
	}
	redirectWithFlash(w, r, fmt.Sprintf("/meetings/%d", m.ID), "Đã lưu thay đổi của cuộc họp.")
}
