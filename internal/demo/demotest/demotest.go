// Package demotest gives a test the demo commune on a fresh database of each
// engine: the store with the demo and its accounts loaded, the commune, an
// actor for each demo login, and a clock standing at the demo's "now"
// (OpenProvince adds the demo province's twelve other communes). It is
// the one place tests set this up; the store's own tests cannot use it (it
// imports the store) and build their data by hand.
package demotest

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// Now is the demo's "now": 28 March 2026, 09:00 in Vietnam, while the March
// data is being compiled and the March report is due.
func Now() time.Time { return time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC) }

// Fixture is the demo commune on one database. Its methods fail the test
// that opened it when the store fails; call them from that test's goroutine.
type Fixture struct {
	t     testing.TB
	DSN   string // the database, for a command line run on it
	Store *storage.Store
	Org   domain.Org  // Xuân Hưng, the demo commune
	Clock *Clock      // starts at Now; the test may move it
	Env   usecase.Env // Store, with Clock.Now as its clock
}

// Each runs fn as a subtest on every engine testdb offers, each with the
// demo commune on a fresh database.
func Each(t *testing.T, fn func(t *testing.T, f *Fixture)) {
	t.Helper()
	testdb.Each(t, func(t *testing.T, dsn string) { fn(t, Open(t, dsn)) })
}

// Open opens the store at dsn, loads the demo and the demo accounts (each with
// the password demo.Password, hashed cheaply: see PasswordHash) and closes the
// store when the test ends. A database that holds the demo already (loaded by
// `nq57 demo`) is kept as it is: both loads change nothing the second time.
func Open(t testing.TB, dsn string) *Fixture {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open the demo store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Load(ctx, s); err != nil {
		t.Fatalf("load the demo: %v", err)
	}
	if err := demo.LoadAccounts(ctx, s, PasswordHash, Now()); err != nil {
		t.Fatalf("load the demo accounts: %v", err)
	}
	org, err := s.OrgByCode(ctx, demo.CommuneCode)
	if err != nil {
		t.Fatalf("the demo commune: %v", err)
	}
	clock := NewClock(Now())
	return &Fixture{t: t, DSN: dsn, Store: s, Org: org, Clock: clock, Env: usecase.NewEnv(s, clock.Now)}
}

// EachProvince is Each with the demo province: every engine, each with
// OpenProvince's fixture.
func EachProvince(t *testing.T, fn func(t *testing.T, f *Fixture)) {
	t.Helper()
	testdb.Each(t, func(t *testing.T, dsn string) { fn(t, OpenProvince(t, dsn)) })
}

// OpenProvince is Open with the demo province's other communes loaded too
// (demo.LoadProvince: twelve communes with programs, values and their
// administrators). It costs a few hundred milliseconds more than Open, so
// only the tests of the province's screens use it.
func OpenProvince(t testing.TB, dsn string) *Fixture {
	t.Helper()
	f := Open(t, dsn)
	if err := demo.LoadProvince(context.Background(), f.Store, PasswordHash, Now()); err != nil {
		t.Fatalf("load the demo province: %v", err)
	}
	return f
}
