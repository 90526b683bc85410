// Package programs holds the use cases of work programs: creating and
// editing programs, their groups and criteria (each criterion versioned), the
// Excel import and export of a program, and linking the roles' words to the
// organisation's units.
package programs

import "github.com/nq57/nq57/internal/usecase"

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}
