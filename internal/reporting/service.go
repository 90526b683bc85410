// Package reporting holds the use cases of the periodic report: the report
// settings of the organisation and of each period (versioned), composing and
// previewing a report from the data, issuing it (number checked against the
// term's numbering, documents kept, period locked) and unlocking a period.
package reporting

import (
	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/usecase"
)

// Service runs the use cases of this package.
type Service struct {
	env      usecase.Env
	renderer *assemble.Renderer
}

// New returns the service on env, rendering documents with renderer.
func New(env usecase.Env, renderer *assemble.Renderer) *Service {
	return &Service{env: env, renderer: renderer}
}
