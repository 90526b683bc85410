package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/meetings"
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
	return taskForm{Title: formText(r, "title"), UnitID: unitID, UnitText: formValue(r, "unit_text"), Deadline: formValue(r, "deadline")}
}

// addTask turns a conclusion of the meeting into a task for a unit, with a
// deadline.
func (s *Server) addTask(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	form := readTaskForm(r)
	t, err := s.uc.meetings.AddTask(r.Context(), actorOf(r), id,
		meetings.TaskInput{Title: form.Title, UnitID: form.UnitID, UnitText: form.UnitText, Deadline: form.Deadline})
	if err == nil {
		redirectWithFlash(w, r, fmt.Sprintf("/meetings/%d#task-%d", id, t.ID), "Đã giao nhiệm vụ: "+t.Title)
		return
	}
	errs := fieldErrors{}
	status := meetingSaveProblem(err, errs, taskFields...)
	if status == 0 {
		s.fail(w, r, err)
		return
	}
	data, lerr := s.meetingPageData(r, id)
	if lerr != nil {
		s.fail(w, r, lerr)
		return
	}
	data.TaskForm, data.TaskErrors = form, errs
	s.render(w, r, status, "meeting", data)
}
