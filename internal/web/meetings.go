package web

import (
	"net/http"
	"slices"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// meetingsPage lists the organisation's meetings, newest first, and every
// open task, so that leaders see at once what is late.
type meetingsPage struct {
	Page
	Meetings  []meetingRow
	OpenTasks []taskRow
	Overdue   int
}

// meetingRow is a meeting with the counts of its tasks.
type meetingRow struct {
	domain.Meeting
	Open, Done, Overdue int
}

func (s *Server) listMeetings(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	ctx := r.Context()
	meetings, err := s.store.Meetings(ctx, v.Org.ID, time.Time{}, time.Time{} /* every meeting */)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	open, err := s.store.OpenTasks(ctx, v.Org.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	units, err := s.store.Units(ctx, v.Org.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := &meetingsPage{Page: s.page(r, "Họp và nhiệm vụ", "meetings"),
		OpenTasks: openTaskRows(open, unitNames(units), s.now())}
	data.Overdue = len(overdueOnly(data.OpenTasks))
	for _, m := range slices.Backward(meetings) {
		data.Meetings = append(data.Meetings, s.meetingRow(m))
	}
	s.render(w, r, http.StatusOK, "meetings", data)
}

func (s *Server) meetingRow(m domain.Meeting) meetingRow {
	row := meetingRow{Meeting: m}
	for _, t := range m.Tasks {
		switch {
		case t.Overdue(s.now()):
			row.Overdue++
			row.Open++
		case t.Status == domain.TaskOpen:
			row.Open++
		case t.Status == domain.TaskDone:
			row.Done++
		}
	}
	return row
}
