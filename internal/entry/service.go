// Package entry holds the use cases of progress entry: the data grid of a
// period and its saves (only what the person changed; a record changed by
// someone else meanwhile is refused, not overwritten), evidence files, a
// criterion's history, and the Excel import and export of a period's values.
package entry

import "github.com/nq57/nq57/internal/usecase"

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}
