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
}

// TaskStatus is where an assigned task stands.
type TaskStatus string

const (
	TaskOpen      TaskStatus = "open"
	TaskDone      TaskStatus = "done"
	TaskCancelled TaskStatus = "cancelled"
)

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
}

// Overdue reports whether the task is still open after its deadline day, at
// the moment now (a task due on 20 March is on time all of 20 March in Vietnam).
func (t Task) Overdue(now time.Time) bool {
	return t.Status == TaskOpen && !t.Deadline.IsZero() && Today(now).After(t.Deadline)
}
