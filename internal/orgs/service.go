// Package orgs holds the use cases of organisations and their units: the
// offices, departments, schools and firms that monitor, lead and coordinate
// criteria.
package orgs

import "github.com/nq57/nq57/internal/usecase"

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}
