package commune

import (
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// taskRow is a task as lists show it: who does it, whether it is late, and
// the meeting that assigned it.
type taskRow struct {
	domain.Task
	Unit        string
	StatusLabel string
	Overdue     bool
	Meeting     domain.Meeting // without its tasks; zero on the meeting's own page
}

func newTaskRow(t domain.Task, names map[int64]string, now time.Time) taskRow {
	unit := t.UnitText
	if unit == "" {
		unit = names[t.UnitID]
	}
	return taskRow{Task: t, Unit: unit, StatusLabel: t.Status.Label(), Overdue: t.Overdue(now)}
}

// openTaskRows turns the organisation's open tasks into rows with their
// meetings.
func openTaskRows(tasks []domain.MeetingTask, names map[int64]string, now time.Time) []taskRow {
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
