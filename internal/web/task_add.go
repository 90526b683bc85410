package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// taskForm is the add-task form as typed.
type taskForm struct {
	Title    string
	UnitID   int64 // chosen from the organisation's units; 0 for none
	UnitText string
	Deadline string
}

// taskFields names the fields of the task form, for errors to go beside.
var taskFields = []string{"title", "unit", "unit_text", "deadline"}

func readTaskForm(r *http.Request) taskForm {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	return taskForm{Title: formText(r, "title"), UnitID: unitID, UnitText: formValue(r, "unit_text"), Deadline: formValue(r, "deadline")}
}

// task checks the form against the meeting and its organisation's units and
// returns the open task it describes, or the problems.
func (f taskForm) task(m domain.Meeting, units []domain.Unit) (domain.Task, fieldErrors) {
	errs := fieldErrors{}
	if f.Title == "" {
		errs.add("title", "Nhập nội dung nhiệm vụ.")
	}
	t := domain.Task{MeetingID: m.ID, Title: f.Title, UnitID: f.UnitID, UnitText: f.UnitText, Status: domain.TaskOpen}
	names := unitNames(units)
	switch _, known := names[f.UnitID]; {
	case f.UnitID != 0 && !known:
		errs.add("unit", "Chọn cơ quan, đơn vị trong danh sách.")
	case f.UnitID == 0 && f.UnitText == "":
		errs.add("unit", "Chọn cơ quan, đơn vị thực hiện, hoặc ghi tên ở ô bên cạnh.")
	case f.UnitID != 0 && f.UnitText == "":
		t.UnitText = names[f.UnitID]
	case f.UnitID == 0:
		// Words that name exactly one unit link the task to it, so that the
		// unit's own lists find it; the words stay as written.
		if ids := domain.MatchUnits(f.UnitText, units); len(ids) == 1 {
			t.UnitID = ids[0]
		}
	}
	if d, ok := meetingDate(f.Deadline, "deadline", "hạn hoàn thành", errs); ok {
		if d.Before(m.Date) {
			errs.add("deadline", fmt.Sprintf("Hạn hoàn thành không được trước ngày họp (%s).", m.Date.Format("02/01/2006")))
		}
		t.Deadline = d
	}
	return t, errs
}

// addTask turns a conclusion of the meeting into a task for a unit, with a
// deadline.
func (s *Server) addTask(w http.ResponseWriter, r *http.Request) {
	m, ok := s.loadMeeting(w, r)
	if !ok {
		return
	}
	data, err := s.meetingPageData(r, m)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.TaskForm = readTaskForm(r)
	t, errs := data.TaskForm.task(m, data.Units)
	if data.TaskErrors = errs; errs.any() {
		s.render(w, r, http.StatusUnprocessableEntity, "meeting", data)
		return
	}
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.SaveTask(r.Context(), m.OrgID, &t); err != nil {
			return err
		}
		return s.audit(tx, r, "task.add", taskEntity(t), nil, auditOfTask(t), "")
	})
	if err != nil {
		status := meetingSaveProblem(err, data.TaskErrors, taskFields...)
		if status == 0 {
			s.fail(w, r, err)
			return
		}
		s.render(w, r, status, "meeting", data)
		return
	}
	redirectWithFlash(w, r, fmt.Sprintf("/meetings/%d#task-%d", m.ID, t.ID), "Đã giao nhiệm vụ: "+t.Title)
}

func taskEntity(t domain.Task) string {
	return fmt.Sprintf("nhiệm vụ %d (cuộc họp %d)", t.ID, t.MeetingID)
}

// taskAudit is what the audit log keeps of a task.
type taskAudit struct {
	Title, UnitText, Deadline, Status, DoneAt string
	UnitID                                    int64
}

func auditOfTask(t domain.Task) taskAudit {
	a := taskAudit{Title: t.Title, UnitText: t.UnitText, UnitID: t.UnitID, Status: string(t.Status)}
	if !t.Deadline.IsZero() {
		a.Deadline = t.Deadline.Format(time.DateOnly)
	}
	if !t.DoneAt.IsZero() {
		a.DoneAt = t.DoneAt.Format(time.DateOnly)
	}
	return a
}
