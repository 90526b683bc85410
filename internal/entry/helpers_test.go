package entry

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

// testNow is the clock of the tests: 28 March 2026, 09:00 in Vietnam.
var testNow = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

var march = domain.MonthPeriod(2026, 3)

// fixture is the demo commune on one engine, with its service and its
// demo accounts as actors.
type fixture struct {
	store *storage.Store
	uc    *Service
	org   domain.Org
	prog  domain.Program
}

// eachEngine runs fn on the demo commune on every engine.
func eachEngine(t *testing.T, fn func(t *testing.T, f *fixture)) {
	testdb.Each(t, func(t *testing.T, dsn string) { fn(t, newFixture(t, dsn)) })
}

func newFixture(t testing.TB, dsn string) *fixture {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Load(ctx, s); err != nil {
		t.Fatal(err)
	}
	// The accounts' passwords are never checked here.
	if err := demo.LoadAccounts(ctx, s, func(string) (string, error) { return "x", nil }, testNow); err != nil {
		t.Fatal(err)
	}
	org, err := s.OrgByCode(ctx, demo.CommuneCode)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := s.ProgramForYear(ctx, org.ID, 2026)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{store: s, uc: New(usecase.NewEnv(s, func() time.Time { return testNow })), org: org, prog: prog}
}

// as returns the demo account login as an actor.
func (f *fixture) as(t testing.TB, login string) usecase.Actor {
	t.Helper()
	u, err := f.store.UserByLogin(context.Background(), login)
	if err != nil {
		t.Fatal(err)
	}
	return usecase.Actor{User: u, Org: f.org}
}

// criterion returns the demo criterion labelled "II.6".
func (f *fixture) criterion(t testing.TB, label string) domain.Criterion {
	t.Helper()
	c, ok := f.byLabel()[label]
	if !ok {
		t.Fatalf("no criterion %s", label)
	}
	return c
}

func (f *fixture) byLabel() map[string]domain.Criterion {
	out := map[string]domain.Criterion{}
	for _, g := range f.prog.Groups {
		for _, c := range g.Criteria {
			out[domain.CriterionKey(g, c)] = c
		}
	}
	return out
}

// row returns the grid row of a criterion as actor sees it in March.
func (f *fixture) row(t testing.TB, a usecase.Actor, c domain.Criterion) GridRow {
	t.Helper()
	g, err := f.uc.Grid(context.Background(), a, GridQuery{Period: march})
	if err != nil {
		t.Fatal(err)
	}
	for _, grp := range g.Groups {
		for _, r := range grp.Rows {
			if r.Criterion.ID == c.ID {
				return r
			}
		}
	}
	t.Fatalf("no row of criterion %d", c.ID)
	return GridRow{}
}

// typed is a row as drawn, with a value typed into its first target.
func typed(r GridRow, value string) RowInput {
	return RowInput{CriterionID: r.Criterion.ID, Version: r.Version, Drawn: r.Drawn, Targets: []TargetInput{{Value: value}}}
}

// valueOf returns the first value of a criterion's March record, or -1 when
// there is none.
func (f *fixture) valueOf(t testing.TB, c domain.Criterion) float64 {
	t.Helper()
	rec, err := f.store.ProgressRecord(context.Background(), c.ID, march)
	if domain.IsNotFound(err) {
		return -1
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Values) == 0 || rec.Values[0].Value == nil {
		return -1
	}
	return *rec.Values[0].Value
}
