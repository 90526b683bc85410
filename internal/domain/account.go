package domain

import (
	"strings"
	"time"
)

// UserRole is what a user may do within their organisation.
type UserRole string

const (
	RoleAdmin  UserRole = "admin"  // quản trị: accounts, programs, settings, audit log
	RoleStaff  UserRole = "staff"  // cán bộ đơn vị: enters values for the criteria their unit leads
	RoleLeader UserRole = "leader" // lãnh đạo: approves, issues reports, unlocks periods
	RoleViewer UserRole = "viewer" // xem: reads everything of the organisation, changes nothing
)

// AllRoles lists every role in the order screens offer them.
var AllRoles = []UserRole{RoleAdmin, RoleLeader, RoleStaff, RoleViewer}

// Label names the role in Vietnamese.
func (r UserRole) Label() string {
	switch r {
	case RoleAdmin:
		return "Quản trị"
	case RoleStaff:
		return "Cán bộ đơn vị"
	case RoleLeader:
		return "Lãnh đạo"
	case RoleViewer:
		return "Xem"
	}
	return string(r)
}

// Valid reports whether r is a known role.
func (r UserRole) Valid() bool {
	for _, known := range AllRoles {
		if r == known {
			return true
		}
	}
	return false
}

// User is a person who signs in to the web app. A user belongs to exactly one
// organisation and sees nothing of any other.
type User struct {
	ID           int64
	OrgID        int64
	UnitID       int64 // the unit a staff user enters data for; 0 otherwise
	Login        string
	Name         string
	Role         UserRole
	PasswordHash string // argon2id, PHC string format
	MustChange   bool   // the password was set by someone else: change it at next sign-in
	Disabled     bool
	Email        string // where notifications are e-mailed; "" for none
	CreatedAt    time.Time
	Version      int64     // counts the saves of the account, from 1: a save names the version it was made against
	ChangedBy    string    // who saved it last ("" for nobody since it was made)
	ChangedAt    time.Time // when; zero for never
}

// Summary says in words what the account stands at, for the message that
// refuses a stale save, with the role as an organisation of the level calls
// it: "Đỗ Thị Lan, Cán bộ đơn vị, đã khóa", "Vũ Đức Minh, Chuyên viên, đang dùng".
func (u User) Summary(level OrgLevel) string {
	parts := []string{}
	if u.Name != "" {
		parts = append(parts, u.Name)
	}
	parts = append(parts, u.Role.LabelAt(level))
	if u.Disabled {
		parts = append(parts, "đã khóa")
	} else {
		parts = append(parts, "đang dùng")
	}
	return strings.Join(parts, ", ")
}

// Action is something a user may be allowed to do.
type Action string

const (
	ActView          Action = "view"           // read the organisation's data
	ActEnterData     Action = "enter_data"     // enter progress values (staff: their unit's criteria only)
	ActEditProgram   Action = "edit_program"   // create and edit programs and criteria
	ActEditMeetings  Action = "edit_meetings"  // record meetings and tasks
	ActComposeReport Action = "compose_report" // edit a report's settings and narrative
	ActIssueReport   Action = "issue_report"   // issue a report (number, date, lock)
	ActUnlockPeriod  Action = "unlock_period"  // unlock an issued period, with a reason
	ActManageUsers   Action = "manage_users"   // add, edit and disable users, reset passwords
	ActReadAudit     Action = "read_audit"     // read the audit log

	ActHandleSubmissions    Action = "handle_submissions"    // work the submissions inbox (staff: their unit's only)
	ActRecordSubmissions    Action = "record_submissions"    // record submissions that came by paper, phone or pakn.nq57.vn
	ActConfigureSubmissions Action = "configure_submissions" // deadlines, working calendar, answer templates

	// A province's actions.
	ActProvinceView  Action = "province_view"  // read the communes' submitted reports, completeness and requests
	ActReviewReports Action = "review_reports" // accept a commune's submitted report or return it with a reason
	ActIssueRequests Action = "issue_requests" // issue the province's report requests (the Công văn)
	ActManageOrgs    Action = "manage_orgs"    // add communes (with their administrator), deactivate them
	ActEditFramework Action = "edit_framework" // set the province's criteria framework that communes adopt
)

// communePermissions is the table of which role of a commune may do what,
// provincePermissions the same for a province. They are the one place to
// read or change who may do what; tests check them both ways. An action
// missing from a level's table is refused to every role of that level: a
// province user never enters a commune's data, a commune user never reviews.
var (
	communePermissions = map[Action][]UserRole{
		ActView:          {RoleAdmin, RoleLeader, RoleStaff, RoleViewer},
		ActEnterData:     {RoleAdmin, RoleLeader, RoleStaff},
		ActEditProgram:   {RoleAdmin, RoleLeader},
		ActEditMeetings:  {RoleAdmin, RoleLeader, RoleStaff},
		ActComposeReport: {RoleAdmin, RoleLeader},
		ActIssueReport:   {RoleLeader},
		ActUnlockPeriod:  {RoleLeader},
		ActManageUsers:   {RoleAdmin},
		ActReadAudit:     {RoleAdmin},

		ActHandleSubmissions:    {RoleAdmin, RoleLeader, RoleStaff},
		ActRecordSubmissions:    {RoleAdmin, RoleLeader, RoleStaff},
		ActConfigureSubmissions: {RoleAdmin},
	}
	provincePermissions = map[Action][]UserRole{
		ActProvinceView:  {RoleAdmin, RoleLeader, RoleStaff, RoleViewer},
		ActReviewReports: {RoleLeader, RoleStaff},
		ActIssueRequests: {RoleLeader},
		ActManageOrgs:    {RoleAdmin},
		ActEditFramework: {RoleAdmin, RoleLeader},
		ActManageUsers:   {RoleAdmin},
		ActReadAudit:     {RoleAdmin},
	}
)

// readOnly are the actions a deactivated organisation's users keep: its data
// stay, to be read, and nothing changes them.
var readOnly = map[Action]bool{ActView: true, ActProvinceView: true, ActReadAudit: true}

// Permitted reports whether a user of role in org may take the action: the
// table of the organisation's level (an organisation without a level is a
// commune, as every database before provinces had), and only reading once
// the organisation is deactivated.
func Permitted(org Org, role UserRole, a Action) bool {
	if !org.Active() && !readOnly[a] {
		return false
	}
	table := communePermissions
	if org.Level == LevelProvince {
		table = provincePermissions
	}
	for _, r := range table[a] {
		if role == r {
			return true
		}
	}
	return false
}

// LabelAt names the role as an organisation of the level calls it: a
// province's staff are its chuyên viên, who review the communes' reports.
func (r UserRole) LabelAt(level OrgLevel) string {
	if level == LevelProvince && r == RoleStaff {
		return "Chuyên viên"
	}
	return r.Label()
}

// AuditEntry records who changed what, when, with the values before and after
// (JSON), so that an administrator can follow every change.
type AuditEntry struct {
	ID       int64
	OrgID    int64
	UserID   int64 // 0 for the system (demo load, command line)
	UserName string
	At       time.Time
	Action   string // "progress.save", "report.issue", "period.unlock", …
	Entity   string // "criterion 12 / 2026-03", "report 2026-03"
	Before   string // JSON, empty if nothing before
	After    string // JSON, empty if nothing after
	Reason   string // for unlocks and extensions
}

// PeriodLock marks a period whose data are frozen because its report was issued.
type PeriodLock struct {
	OrgID    int64
	Period   Period
	LockedAt time.Time
	LockedBy string
}

// IssuedReport is a report as it was issued: its number and date, and the
// DOCX and PDF exactly as they were produced, kept so that they can be
// downloaded again byte for byte.
type IssuedReport struct {
	ID           int64
	OrgID        int64
	Kind         string
	Period       Period
	Number       string
	DocDate      time.Time // the date written on the document
	IssuedAt     time.Time
	IssuedBy     string
	DOCX, PDF    []byte    // empty when listed without content
	SupersededAt time.Time // set when the period was unlocked and reissued; zero for the current one

	// What the number was given in: the style, the symbol ("BC/ĐU") and the
	// Party committee's term (0: DefaultTermStart). See Series.
	Style     DocumentStyle
	Symbol    string
	TermStart int
}
