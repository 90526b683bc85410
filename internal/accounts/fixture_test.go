package accounts

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// start is the fixtures' clock at first: the demo's "now".
var start = demotest.Now()

// fixture is the accounts service on the demo commune with its accounts
// (password demo.Password), and a clock the test moves.
type fixture struct {
	t     *testing.T
	demo  *demotest.Fixture
	svc   *Service
	store *storage.Store
	org   domain.Org
}

// eachFixture runs fn on a fixture over every engine, with the policy p.
func eachFixture(t *testing.T, p Policy, fn func(t *testing.T, f *fixture)) {
	demotest.Each(t, func(t *testing.T, d *demotest.Fixture) {
		fn(t, &fixture{t: t, demo: d, svc: New(d.Env, p), store: d.Store, org: d.Org})
	})
}

// advance moves the fixture's clock forward by d.
func (f *fixture) advance(d time.Duration) { f.demo.Clock.Advance(d) }

// user returns the stored account with the login.
func (f *fixture) user(login string) domain.User {
	f.t.Helper()
	return f.demo.User(login)
}

// as is the account with the login acting on the web.
func (f *fixture) as(login string) usecase.Actor {
	f.t.Helper()
	return f.demo.As(login)
}

// signIn signs in with the login and password from the address.
func (f *fixture) signIn(login, password, address string) (SignedIn, error) {
	return f.svc.SignIn(context.Background(), SignInInput{Login: login, Password: password, Address: address})
}

// lastAudit returns the newest audit entry of the organisation.
func (f *fixture) lastAudit() domain.AuditEntry {
	f.t.Helper()
	entries, err := f.store.AuditLog(context.Background(), f.org.ID, 1, 0)
	must(f.t, err)
	if len(entries) == 0 {
		return domain.AuditEntry{}
	}
	return entries[0]
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantCode(t *testing.T, err error, code domain.Code) {
	t.Helper()
	if domain.ErrorCode(err) != code {
		t.Fatalf("error %v (code %q), want code %q", err, domain.ErrorCode(err), code)
	}
}
