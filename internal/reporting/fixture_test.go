package reporting_test

import (
	"testing"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// service returns the reporting use cases on a fresh demo database, and the
// command line acting in the demo commune.
func service(t *testing.T, dsn string) (*reporting.Service, *storage.Store, usecase.Actor) {
	t.Helper()
	d := demotest.Open(t, dsn)
	r, err := assemble.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	return reporting.New(d.Env, r), d.Store, d.CommandLine("kiemthu")
}
