// Package testdb gives tests a fresh database on each engine nq57 supports: a
// SQLite file in a temporary folder always, and a PostgreSQL schema of its own
// when NQ57_TEST_POSTGRES names a server. If that variable is set, a server
// that cannot be reached fails the test: CI must not pass by skipping.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver for creating schemas
)

// EnvPostgres names the PostgreSQL server for tests, e.g.
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable.
const EnvPostgres = "NQ57_TEST_POSTGRES"

// Engine is one database a test runs on.
type Engine struct {
	Name string // "sqlite" or "postgres"
	DSN  string
}

// Engines returns a fresh database on every engine available to the test.
func Engines(t testing.TB) []Engine {
	t.Helper()
	engines := []Engine{{Name: "sqlite", DSN: filepath.Join(t.TempDir(), "nq57.db")}}
	if base := os.Getenv(EnvPostgres); base != "" {
		engines = append(engines, Engine{Name: "postgres", DSN: Schema(t, base)})
	}
	return engines
}

// Each runs fn as a subtest on every engine.
func Each(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Helper()
	for _, e := range Engines(t) {
		t.Run(e.Name, func(t *testing.T) { fn(t, e.DSN) })
	}
}

// Schema creates a schema of its own on the PostgreSQL server at base, drops it
// when the test ends, and returns a URL whose connections use it.
func Schema(t testing.TB, base string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("%s=%q: %v", EnvPostgres, base, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		t.Fatalf("PostgreSQL at %s=%q cannot be reached: %v", EnvPostgres, base, err)
	}
	schema := "nq57_test_" + randomHex()
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		db.Close()
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		db.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s=%q: %v", EnvPostgres, base, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func randomHex() string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
