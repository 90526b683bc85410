package domain

import "time"

// MeetingKind is who met, as section 2 of the report counts them.
type MeetingKind string

const (
	MeetingCommittee MeetingKind = "committee" // Ban Chỉ đạo
	MeetingStanding  MeetingKind = "standing"  // Thường trực Ban Chỉ đạo
	MeetingLeaders   MeetingKind = "leaders"   // lãnh đạo BCĐ với Thường trực Tổ Giúp việc và các cơ quan
)

// Subject names who held a meeting of this kind, as the report writes it.
func (k MeetingKind) Subject() string {
	switch k {
	case MeetingStanding:
		return "Thường trực Ban Chỉ đạo"
	case MeetingLeaders:
		return "Lãnh đạo Ban Chỉ đạo"
	}
	return "Ban chỉ đạo"
}

// MeetingKinds lists every kind in the order forms offer them.
var MeetingKinds = []MeetingKind{MeetingCommittee, MeetingStanding, MeetingLeaders}

// Valid reports whether k is a known kind.
func (k MeetingKind) Valid() bool {
	switch k {
	case MeetingCommittee, MeetingStanding, MeetingLeaders:
		return true
	}
	return false
}

// Meeting is a meeting or session of the steering committee.
type Meeting struct {
	ID           int64
	OrgID        int64
	Date         time.Time // calendar day
	Kind         MeetingKind
	Chair        string
	Participants string // "lãnh đạo các cơ quan, đơn vị"
	Content      string // purpose: "triển khai chương trình hành động của Ban chỉ đạo, …"
	Conclusions  string
	Tasks        []Task
	Version      int64     // counts the saves of the meeting's own fields, from 1
	ChangedBy    string    // who saved them last ("" for the one who recorded it)
	ChangedAt    time.Time // when; zero for never since it was recorded
}

// Summary says in words what the meeting holds, for the message that refuses
// a stale save: "Thường trực Ban Chỉ đạo, ngày 13/03/2026: rà soát tiến độ".
func (m Meeting) Summary() string {
	s := m.Kind.Subject() + ", ngày " + m.Date.Format("02/01/2006")
	if m.Content != "" {
		s += ": " + shorten(m.Content, 80)
	}
	return s
}

// shorten keeps the first n characters of s, with "…" when it cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// TaskStatus is where an assigned task stands.
type TaskStatus string

const (
	TaskOpen      TaskStatus = "open"
	TaskDone      TaskStatus = "done"
	TaskCancelled TaskStatus = "cancelled"
)

// TaskStatuses lists every status in the order forms offer them.
var TaskStatuses = []TaskStatus{TaskOpen, TaskDone, TaskCancelled}

// Label names the status in Vietnamese.
func (s TaskStatus) Label() string {
	switch s {
	case TaskOpen:
		return "Đang thực hiện"
	case TaskDone:
		return "Đã hoàn thành"
	case TaskCancelled:
		return "Đã hủy"
	}
	return string(s)
}

// Valid reports whether s is a known status.
func (s TaskStatus) Valid() bool {
	switch s {
	case TaskOpen, TaskDone, TaskCancelled:
		return true
	}
	return false
}

// Task is a task a meeting assigned to a unit, with a deadline.
type Task struct {
	ID        int64
	MeetingID int64
	Title     string
	UnitID    int64  // 0 when the unit is named only in words
	UnitText  string // the unit as written
	Deadline  time.Time
	Status    TaskStatus
	DoneAt    time.Time // zero until done
	Version   int64     // counts the saves of the task, from 1
	ChangedBy string    // who saved it last ("" for the one who assigned it)
	ChangedAt time.Time // when; zero for never since it was assigned
}

// MeetingTask is a task with the meeting that assigned it (the meeting
// without its tasks), for lists of tasks across meetings.
type MeetingTask struct {
	Task
	Meeting Meeting
}

// Overdue reports whether the task is still open after its deadline day, at
// the moment now (a task due on 20 March is on time all of 20 March in Vietnam).
func (t Task) Overdue(now time.Time) bool {
	return t.Status == TaskOpen && !t.Deadline.IsZero() && Today(now).After(t.Deadline)
}
