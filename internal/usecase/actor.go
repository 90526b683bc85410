package usecase

import (
	"github.com/nq57/nq57/internal/domain"
)

// CommandLineName is how the history and the audit log name the command line.
const CommandLineName = "dòng lệnh"

// Actor is who carries out a use case: a person signed in to the web app, or
// the command line run by someone on the server. Every audit entry and every
// value's history names the actor.
//
// Only CommandLine makes the command line. An Actor written out without it
// (the zero Actor, or a User not loaded from the store) is a person with no
// role, who may do nothing: a mistake at an edge refuses rather than grants.
type Actor struct {
	User   domain.User // the signed-in user; zero for the command line
	Org    domain.Org  // the organisation the actor works in
	OSUser string      // the command line: the operating-system account that ran it

	commandLine bool
}

// CommandLine is the actor of a command run on the server by osUser, working
// in org. The command line may do everything: whoever runs it holds the
// database already.
func CommandLine(org domain.Org, osUser string) Actor {
	return Actor{Org: org, OSUser: osUser, commandLine: true}
}

// IsCommandLine reports whether the actor is the command line.
func (a Actor) IsCommandLine() bool { return a.commandLine }

// Name is how the history and the records show the actor: the person's name
// (their login when they have none), or "dòng lệnh (root)".
func (a Actor) Name() string {
	if a.IsCommandLine() {
		return a.commandLineName()
	}
	if a.User.Name != "" {
		return a.User.Name
	}
	return a.User.Login
}

// Login is how the audit log names the actor: the login, or "dòng lệnh (root)".
func (a Actor) Login() string {
	if a.IsCommandLine() {
		return a.commandLineName()
	}
	return a.User.Login
}

func (a Actor) commandLineName() string {
	if a.OSUser == "" {
		return CommandLineName
	}
	return CommandLineName + " (" + a.OSUser + ")"
}

// Can reports whether the actor may take the action.
func (a Actor) Can(act domain.Action) bool {
	return a.IsCommandLine() || domain.Permitted(a.Org, a.User.Role, act)
}

// Require refuses, as Forbidden, an actor whose role does not allow the action.
func (a Actor) Require(act domain.Action) error {
	if a.Can(act) {
		return nil
	}
	if !a.Org.Active() {
		return domain.Errorf(domain.Forbidden, "%s đã ngừng hoạt động từ %s: dữ liệu được giữ để xem, không thay đổi được nữa.",
			a.Org.DisplayName(), a.Org.DeactivatedAt.In(domain.Vietnam).Format("02/01/2006"))
	}
	return domain.Errorf(domain.Forbidden, "Tài khoản của bạn không có quyền làm việc này.")
}

// StaffUnit is the unit whose criteria and submissions a unit staff member is
// limited to, or 0 for everyone else.
func (a Actor) StaffUnit() int64 {
	if a.User.Role == domain.RoleStaff {
		return a.User.UnitID
	}
	return 0
}
