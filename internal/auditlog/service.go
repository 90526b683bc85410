// Package auditlog holds the use cases of reading the audit log: filtered by
// person, kind and date, in words a person reads, and exported to Excel.
package auditlog

import "github.com/nq57/nq57/internal/usecase"

// Service runs the use cases of this package.
type Service struct {
	env       usecase.Env
	exportCap int // the most entries one export holds
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env, exportCap: ExportCap}
}
