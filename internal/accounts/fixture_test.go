package accounts

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// start is the fixtures' clock at first: 28 March 2026, 09:00 in Vietnam.
var start = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

// fixture is the accounts service on the demo commune with its accounts
// (password demo.Password), and a clock the test moves.
type fixture struct {
	t     *testing.T
	svc   *Service
	store *storage.Store
	org   domain.Org
	mu    sync.Mutex
	now   time.Time
}

// eachFixture runs fn on a fixture over every engine, with the policy p.
func eachFixture(t *testing.T, p Policy, fn func(t *testing.T, f *fixture)) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s, err := storage.Open(ctx, dsn)
		must(t, err)
		t.Cleanup(func() { s.Close() })
		must(t, demo.Load(ctx, s))
		must(t, demo.LoadAccounts(ctx, s, auth.HashPassword, start))
		org, err := s.OrgByCode(ctx, demo.CommuneCode)
		must(t, err)
		f := &fixture{t: t, store: s, org: org, now: start}
		f.svc = New(usecase.NewEnv(s, f.clock), p)
		fn(t, f)
	})
}

func (f *fixture) clock() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fixture) advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

// user returns the stored account with the login.
func (f *fixture) user(login string) domain.User {
	f.t.Helper()
	u, err := f.store.UserByLogin(context.Background(), login)
	must(f.t, err)
	return u
}

// as is the account with the login acting on the web.
func (f *fixture) as(login string) usecase.Actor {
	return usecase.Actor{User: f.user(login), Org: f.org}
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
