// Package meetings holds the use cases of steering-committee meetings and the
// tasks they assign: record and edit a meeting (versioned), add tasks, change
// a task's status; section 2 of the report reads them, so a locked period
// refuses them.
package meetings

import "github.com/nq57/nq57/internal/usecase"

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}
