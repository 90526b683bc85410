package web

import (
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// meetingKinds lists the kinds of meeting in the order the forms offer them.
var meetingKinds = []domain.MeetingKind{domain.MeetingCommittee, domain.MeetingStanding, domain.MeetingLeaders}

// taskStatusOption is a task status with its Vietnamese label, for selects.
type taskStatusOption struct {
	Value domain.TaskStatus
	Label string
}

var taskStatuses = []taskStatusOption{
	{domain.TaskOpen, "Đang thực hiện"},
	{domain.TaskDone, "Đã hoàn thành"},
	{domain.TaskCancelled, "Đã hủy"},
}

func taskStatusLabel(st domain.TaskStatus) string {
	for _, o := range taskStatuses {
		if o.Value == st {
			return o.Label
		}
	}
	return string(st)
}

// taskRow is a task as lists show it: who does it, whether it is late, and
// the meeting that assigned it.
type taskRow struct {
	domain.Task
	Unit        string
	StatusLabel string
	Overdue     bool
	Meeting     domain.Meeting // without its tasks; zero on the meeting's own page
}

// unitNames maps unit IDs to the short names lists show.
func unitNames(units []domain.Unit) map[int64]string {
	out := make(map[int64]string, len(units))
	for _, u := range units {
		out[u.ID] = u.ShortName
		if u.ShortName == "" {
			out[u.ID] = u.Name
		}
	}
	return out
}

func newTaskRow(t domain.Task, names map[int64]string, now time.Time) taskRow {
	unit := t.UnitText
	if unit == "" {
		unit = names[t.UnitID]
	}
	return taskRow{Task: t, Unit: unit, StatusLabel: taskStatusLabel(t.Status), Overdue: t.Overdue(now)}
}

// openTaskRows turns the organisation's open tasks into rows with their
// meetings.
func openTaskRows(tasks []storage.MeetingTask, names map[int64]string, now time.Time) []taskRow {
	out := make([]taskRow, 0, len(tasks))
	for _, mt := range tasks {
		row := newTaskRow(mt.Task, names, now)
		row.Meeting = mt.Meeting
		out = append(out, row)
	}
	return out
}

// overdueOnly keeps the rows of overdue tasks.
func overdueOnly(rows []taskRow) []taskRow {
	var out []taskRow
	for _, r := range rows {
		if r.Overdue {
			out = append(out, r)
		}
	}
	return out
}
