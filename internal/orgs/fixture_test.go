package orgs

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// fixture is the units use cases on the demo commune, on one engine.
type fixture struct {
	t     *testing.T
	demo  *demotest.Fixture
	store *storage.Store
	svc   *Service
	org   domain.Org
}

// eachFixture runs fn on the demo commune over every engine.
func eachFixture(t *testing.T, fn func(t *testing.T, f *fixture)) {
	demotest.Each(t, func(t *testing.T, d *demotest.Fixture) {
		fn(t, &fixture{t: t, demo: d, store: d.Store, svc: New(d.Env), org: d.Org})
	})
}

// as is the actor of a demo login.
func (f *fixture) as(login string) usecase.Actor {
	f.t.Helper()
	return f.demo.As(login)
}

// withLead adds to the demo program a criterion whose lead unit is written
// lead, linked to the units it names now, and returns its id.
func (f *fixture) withLead(lead string) int64 {
	f.t.Helper()
	ctx := context.Background()
	p, err := f.store.ProgramByNumber(ctx, f.org.ID, "02-CTr/BCĐ")
	must(f.t, err)
	units, err := f.store.Units(ctx, f.org.ID)
	must(f.t, err)
	c := domain.Criterion{Text: "Rà soát thủ tục hành chính trên môi trường số",
		Roles: domain.Roles{Lead: domain.Role{Text: lead, UnitIDs: domain.MatchUnits(lead, units)}}}
	must(f.t, f.store.AddCriterion(ctx, p.Groups[2].ID, &c))
	return c.ID
}

func (f *fixture) leadOf(id int64) []int64 {
	f.t.Helper()
	ref, err := f.store.CriterionRef(context.Background(), id)
	must(f.t, err)
	p, err := f.store.Program(context.Background(), ref.ProgramID)
	must(f.t, err)
	for _, c := range p.Criteria() {
		if c.ID == id {
			return c.Roles.Lead.UnitIDs
		}
	}
	f.t.Fatalf("no criterion %d", id)
	return nil
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// unitID returns the id of the demo unit with the code.
func unitID(t *testing.T, f *fixture, code string) int64 {
	t.Helper()
	return f.demo.Unit(code).ID
}
