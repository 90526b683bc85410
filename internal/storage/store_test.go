package storage

import (
	"errors"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/testdb"
)

// forEachEngine runs test on a fresh Store on every engine testdb offers: a
// SQLite file always, a PostgreSQL schema of its own when NQ57_TEST_POSTGRES
// is set (and a server that cannot be reached fails the test).
func forEachEngine(t *testing.T, test func(t *testing.T, s *Store)) {
	t.Helper()
	testdb.Each(t, func(t *testing.T, dsn string) {
		s, err := Open(t.Context(), dsn)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		test(t, s)
	})
}

// wantCode fails the test unless err carries the domain error code.
func wantCode(t *testing.T, err error, code domain.Code) {
	t.Helper()
	if got := domain.ErrorCode(err); got != code {
		t.Fatalf("error code = %q, want %q (error: %v)", got, code, err)
	}
}

// must fails the test on an error.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// wantProblem fails the test unless err is Invalid and names field.
func wantProblem(t *testing.T, err error, field string) {
	t.Helper()
	wantCode(t, err, domain.Invalid)
	var e *domain.Error
	errors.As(err, &e)
	for _, p := range e.Problems {
		if p.Field == field {
			return
		}
	}
	t.Errorf("error %q names no problem in field %q", err, field)
}
