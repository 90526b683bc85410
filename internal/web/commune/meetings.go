package commune

import (
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// meetingsPage lists the organisation's meetings, newest first, and every
// open task, so that leaders see at once what is late.
type meetingsPage struct {
	ui.Page
	Meetings  []meetingRow
	OpenTasks []taskRow
	Overdue   int
}

// meetingRow is a meeting with the counts of its tasks.
type meetingRow struct {
	domain.Meeting
	Open, Done, Overdue int
}

// Meetings lists the organisation's meetings and its open tasks.
func (h *Handlers) Meetings(w http.ResponseWriter, r *http.Request) {
	o, err := h.uc.Meetings.List(r.Context(), ui.ActorOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	now := h.now()
	data := &meetingsPage{Page: h.ui.Page(r, "Họp và nhiệm vụ", "meetings"),
		OpenTasks: openTaskRows(o.OpenTasks, domain.UnitNames(o.Units), now)}
	data.Overdue = len(overdueOnly(data.OpenTasks))
	for _, m := range o.Meetings {
		data.Meetings = append(data.Meetings, newMeetingRow(m, now))
	}
	h.ui.Render(w, r, http.StatusOK, "meetings", data)
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
