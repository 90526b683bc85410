// Package orgs holds the use cases of organisations and their units: the
// offices, departments, schools and firms that monitor, lead and coordinate
// criteria; and a province's communes, which its administrator adds (one by
// one or from a workbook, each with its own administrator) and deactivates.
package orgs

import (
	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/usecase"
)

// Service runs the use cases of this package.
type Service struct {
	env      usecase.Env
	accounts *accounts.Service // makes a new organisation's administrator
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env, accounts: accounts.New(env, accounts.DefaultPolicy())}
}
