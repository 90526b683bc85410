package storage

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// postgresEnv names the PostgreSQL server the contract suite also runs on.
const postgresEnv = "NQ57_TEST_POSTGRES"

// forEachEngine runs test on a fresh SQLite file and, when NQ57_TEST_POSTGRES
// is set, on a fresh PostgreSQL schema too. A PostgreSQL that is asked for but
// cannot be reached fails the test: a silent skip would hide that the suite
// never ran there.
func forEachEngine(t *testing.T, test func(t *testing.T, s *Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { test(t, openSQLite(t)) })
	if dsn := os.Getenv(postgresEnv); dsn != "" {
		t.Run("postgres", func(t *testing.T) { test(t, openPostgres(t, dsn)) })
	}
}

func openSQLite(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "nq57.db"))
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openPostgres opens a Store on a schema of its own, dropped after the test,
// so that tests neither see nor disturb each other's rows.
func openPostgres(t *testing.T, dsn string) *Store {
	t.Helper()
	schema := "nq57_test_" + randomHex(t)
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("%s=%q: %v", postgresEnv, dsn, err)
	}
	t.Cleanup(func() { admin.Close() })
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("%s=%q: create schema: %v", postgresEnv, dsn, err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	s, err := Open(t.Context(), withSearchPath(t, dsn, schema))
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// withSearchPath adds search_path to the URL; pgx sends unknown URL
// parameters to the server as run-time parameters.
func withSearchPath(t *testing.T, dsn, schema string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s=%q: %v", postgresEnv, dsn, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func randomHex(t *testing.T) string {
	t.Helper()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
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

// asDomain finds the *domain.Error in err's chain.
func asDomain(err error, target **domain.Error) bool { return errors.As(err, target) }

// wantProblem fails the test unless err is Invalid and names field.
func wantProblem(t *testing.T, err error, field string) {
	t.Helper()
	wantCode(t, err, domain.Invalid)
	var e *domain.Error
	asDomain(err, &e)
	for _, p := range e.Problems {
		if p.Field == field {
			return
		}
	}
	t.Errorf("error %q names no problem in field %q", err, field)
}
