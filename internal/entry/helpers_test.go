package entry

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// testNow is the clock of the tests: the demo's "now".
var testNow = demotest.Now()

var march = domain.MonthPeriod(2026, 3)

// fixture is the demo commune on one engine, with its service and its
// demo accounts as actors.
type fixture struct {
	demo  *demotest.Fixture
	store *storage.Store
	uc    *Service
	org   domain.Org
}

// eachEngine runs fn on the demo commune on every engine.
func eachEngine(t *testing.T, fn func(t *testing.T, f *fixture)) {
	testdb.Each(t, func(t *testing.T, dsn string) { fn(t, newFixture(t, dsn)) })
}

// newFixture opens the demo commune at dsn.
func newFixture(t testing.TB, dsn string) *fixture {
	t.Helper()
	d := demotest.Open(t, dsn)
	return &fixture{demo: d, store: d.Store, uc: New(d.Env), org: d.Org}
}

// as returns the demo account login as an actor.
func (f *fixture) as(t testing.TB, login string) usecase.Actor {
	t.Helper()
	return f.demo.As(login)
}

// criterion returns the demo criterion labelled label, such as "II.6".
func (f *fixture) criterion(t testing.TB, label string) domain.Criterion {
	t.Helper()
	return f.demo.Criterion(label)
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
