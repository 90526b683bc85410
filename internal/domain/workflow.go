package domain

import (
	"strings"
	"time"
)

// SubmissionAction is a step of the handling workflow of a submission.
type SubmissionAction string

const (
	ActionAccept  SubmissionAction = "accept"  // received → accepted
	ActionReject  SubmissionAction = "reject"  // received or accepted → rejected, with a reason
	ActionAssign  SubmissionAction = "assign"  // accepted, assigned or in progress → assigned to a handling unit
	ActionStart   SubmissionAction = "start"   // assigned → in progress
	ActionAnswer  SubmissionAction = "answer"  // assigned or in progress → answered, with the answer
	ActionPublish SubmissionAction = "publish" // answered → published: the answer is public
	ActionExtend  SubmissionAction = "extend"  // a new deadline, with a reason; the status stays
)

// SubmissionActions lists the actions in workflow order.
var SubmissionActions = []SubmissionAction{ActionAccept, ActionReject, ActionAssign, ActionStart, ActionAnswer, ActionPublish, ActionExtend}

// Label names the action in Vietnamese, as a button says it.
func (a SubmissionAction) Label() string {
	switch a {
	case ActionAccept:
		return "Tiếp nhận"
	case ActionReject:
		return "Từ chối"
	case ActionAssign:
		return "Giao xử lý"
	case ActionStart:
		return "Bắt đầu xử lý"
	case ActionAnswer:
		return "Trả lời"
	case ActionPublish:
		return "Công khai trả lời"
	case ActionExtend:
		return "Gia hạn"
	}
	return string(a)
}

// step is one row of the workflow table: from which statuses an action may be
// taken, the status it leads to (empty: unchanged) and which roles may take it.
type step struct {
	from  []SubmissionStatus
	to    SubmissionStatus
	roles []UserRole
}

// workflow is the table of who may move a submission where. It is the one
// place to read or change the rules; tests check it both ways. Unit staff may
// only act on submissions assigned to their unit (checked by the caller, who
// knows the unit).
var workflow = map[SubmissionAction]step{
	ActionAccept:  {from: []SubmissionStatus{SubmissionReceived}, to: SubmissionAccepted, roles: []UserRole{RoleAdmin, RoleLeader}},
	ActionReject:  {from: []SubmissionStatus{SubmissionReceived, SubmissionAccepted}, to: SubmissionRejected, roles: []UserRole{RoleAdmin, RoleLeader}},
	ActionAssign:  {from: []SubmissionStatus{SubmissionAccepted, SubmissionAssigned, SubmissionInProgress}, to: SubmissionAssigned, roles: []UserRole{RoleAdmin, RoleLeader}},
	ActionStart:   {from: []SubmissionStatus{SubmissionAssigned}, to: SubmissionInProgress, roles: []UserRole{RoleAdmin, RoleLeader, RoleStaff}},
	ActionAnswer:  {from: []SubmissionStatus{SubmissionAssigned, SubmissionInProgress}, to: SubmissionAnswered, roles: []UserRole{RoleAdmin, RoleLeader, RoleStaff}},
	ActionPublish: {from: []SubmissionStatus{SubmissionAnswered}, to: SubmissionPublished, roles: []UserRole{RoleLeader}},
	ActionExtend:  {from: []SubmissionStatus{SubmissionReceived, SubmissionAccepted, SubmissionAssigned, SubmissionInProgress}, roles: []UserRole{RoleAdmin, RoleLeader}},
}

// NextStatus checks that a user of the role may take the action on a
// submission in status from, and returns the status it leads to. A role that
// may never take the action gets Forbidden; a status the action does not
// apply to gets Conflict.
func NextStatus(role UserRole, a SubmissionAction, from SubmissionStatus) (SubmissionStatus, error) {
	st, ok := workflow[a]
	if !ok {
		return "", Errorf(Invalid, "thao tác %q không có", a)
	}
	if !containsRole(st.roles, role) {
		return "", Errorf(Forbidden, "vai trò %s không được %s", role.Label(), lower(a.Label()))
	}
	if !containsStatus(st.from, from) {
		return "", Errorf(Conflict, "không thể %s khi phản ánh, kiến nghị đang ở trạng thái “%s”", lower(a.Label()), from.Label())
	}
	if st.to == "" {
		return from, nil
	}
	return st.to, nil
}

// AllowedActions returns the actions a role may take on a submission in
// status from, in workflow order, for the buttons of a page.
func AllowedActions(role UserRole, from SubmissionStatus) []SubmissionAction {
	var out []SubmissionAction
	for _, a := range SubmissionActions {
		if _, err := NextStatus(role, a, from); err == nil {
			out = append(out, a)
		}
	}
	return out
}

// Label names the status in Vietnamese.
func (s SubmissionStatus) Label() string {
	switch s {
	case SubmissionReceived:
		return "Mới tiếp nhận"
	case SubmissionAccepted:
		return "Đã tiếp nhận xử lý"
	case SubmissionRejected:
		return "Không tiếp nhận"
	case SubmissionAssigned:
		return "Đã giao đơn vị xử lý"
	case SubmissionInProgress:
		return "Đang xử lý"
	case SubmissionAnswered:
		return "Đã trả lời"
	case SubmissionPublished:
		return "Đã công khai trả lời"
	}
	return string(s)
}

// Open reports whether the submission still awaits an answer or a decision.
func (s SubmissionStatus) Open() bool {
	return s != SubmissionRejected && !s.Answered()
}

// Stage is the deadline stage a status belongs to: deciding whether to accept
// a new submission, or answering an accepted one.
func (s SubmissionStatus) Stage() DeadlineStage {
	if s == SubmissionReceived {
		return StageAccept
	}
	return StageAnswer
}

// SubmissionEvent is one step of a submission's history: who did what, when,
// with which note (a reason, the answer). The sender sees the history.
type SubmissionEvent struct {
	ID           int64
	SubmissionID int64
	At           time.Time
	Actor        string // name or login of the official; "Người gửi" for the sender
	Action       SubmissionAction
	From, To     SubmissionStatus
	Note         string    // reason for a rejection or extension; the answer
	DueAt        time.Time // the deadline after this step
}

func containsRole(list []UserRole, r UserRole) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}

func containsStatus(list []SubmissionStatus, s SubmissionStatus) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lower puts an action's label in running text: "Tiếp nhận" → "tiếp nhận".
func lower(s string) string { return strings.ToLower(s) }
