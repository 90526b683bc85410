package app

import (
	"os/user"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// actor is the command line working in org, as the history and the audit log
// record it: "dòng lệnh (root)", with the operating-system user who ran it.
func (a *App) actor(org domain.Org) usecase.Actor {
	return usecase.CommandLine(org, a.osUser())
}

// osUser is the operating-system account running the command: $USER (which
// the tests set), or the account of the process.
func (a *App) osUser() string {
	if name := a.Getenv("USER"); name != "" {
		return name
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}
