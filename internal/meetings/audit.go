package meetings

import (
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// meetingAudit is what the audit log keeps of a meeting: its fields, not its
// tasks, which are audited on their own.
type meetingAudit struct {
	Date                                     string
	Kind, Chair, Participants, Content, Conc string
}

func auditOfMeeting(m *domain.Meeting) any {
	if m == nil {
		return nil
	}
	return meetingAudit{Date: m.Date.Format(time.DateOnly), Kind: string(m.Kind), Chair: m.Chair,
		Participants: m.Participants, Content: m.Content, Conc: m.Conclusions}
}

func meetingEntity(m domain.Meeting) string {
	return fmt.Sprintf("cuộc họp %d (%s)", m.ID, m.Date.Format("02/01/2006"))
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

func taskEntity(t domain.Task) string {
	return fmt.Sprintf("nhiệm vụ %d (cuộc họp %d)", t.ID, t.MeetingID)
}
