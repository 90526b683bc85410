package meetings

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// eachDemo runs fn over every engine with the meetings service on the demo
// commune, its March meeting, and its leader and a staff member as actors.
func eachDemo(t *testing.T, fn func(t *testing.T, svc *Service, m domain.Meeting, people []usecase.Actor)) {
	demotest.Each(t, func(t *testing.T, d *demotest.Fixture) {
		ms, err := d.Store.Meetings(context.Background(), d.Org.ID, time.Time{}, time.Time{})
		must(t, err)
		fn(t, New(d.Env), ms[0], []usecase.Actor{d.As("lanhdao"), d.As("vanhoa")})
	})
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
