// Package submissions holds the use cases of citizen submissions: intake
// from the public form, the JSON API, staff recording and Excel import; the
// tracking page and the published answers; the staff inbox, a submission's
// page and every workflow step with its deadline (two staff acting on one
// submission at once: one wins, the other is told); answer templates,
// deadline rules and the working calendar; and the statistics.
//
// Each use case checks who may do it, reads and writes in one transaction,
// and writes the audit entry there; the web pages and the API only read the
// request, call one of them and show the result.
package submissions

import "github.com/nq57/nq57/internal/usecase"

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}
