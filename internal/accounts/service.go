// Package accounts holds the use cases of accounts: signing in (throttled per
// login and address, with password hashing bounded), sessions, changing and
// resetting passwords, adding, editing and disabling users.
package accounts

import "github.com/nq57/nq57/internal/usecase"

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}
