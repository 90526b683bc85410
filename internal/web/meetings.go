package web

import (
	"net/http"
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
	o, err := s.uc.meetings.List(r.Context(), actorOf(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	now := s.now()
	data := &meetingsPage{Page: s.page(r, "Họp và nhiệm vụ", "meetings"),
		OpenTasks: openTaskRows(o.OpenTasks, unitNames(o.Units), now)}
	data.Overdue = len(overdueOnly(data.OpenTasks))
	for _, m := range o.Meetings {
		data.Meetings = append(data.Meetings, newMeetingRow(m, now))
	}
	s.render(w, r, http.StatusOK, "meetings", data)
}

func newMeetingRow(m domain.Meeting, now time.Time) meetingRow {
	row := meetingRow{Meeting: m}
	for _, t := range m.Tasks {
		switch {
		case t.Overdue(now):
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
