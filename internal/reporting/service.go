// Package reporting holds the use cases of the periodic report: the report
// settings of the organisation and of each period (versioned), composing and
// previewing a report from the data, issuing it (number checked against the
// term's numbering, documents kept, period locked) and unlocking a period,
// the list of reporting periods and the dashboard's figures.
package reporting

import (
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Kind is the one kind of report nq57 composes.
const Kind = domain.ReportKindNQ57Monthly

// Service runs the use cases of this package.
type Service struct {
	env      usecase.Env
	renderer *assemble.Renderer
}

// New returns the service on env, rendering documents with renderer.
func New(env usecase.Env, renderer *assemble.Renderer) *Service {
	return &Service{env: env, renderer: renderer}
}

// today is the calendar day in Vietnam.
func (s *Service) today() time.Time { return domain.Today(s.env.Now()) }
