package submissions_test

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// now is the clock of these tests: 28 March 2026, 09:00 in Vietnam.
var now = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

// fixture is the demo commune on one engine, with its use cases and an
// actor per role.
type fixture struct {
	store  *storage.Store
	svc    *submissions.Service
	org    domain.Org
	units  []domain.Unit
	leader usecase.Actor // "Lê Văn Lãnh"
	deputy usecase.Actor // a second leader, "Phạm Thị Phó"
	admin  usecase.Actor
}

func eachFixture(t *testing.T, fn func(t *testing.T, f fixture)) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) { fn(t, newFixture(t, dsn)) })
}

func newFixture(t *testing.T, dsn string) fixture {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, dsn)
	must(t, err)
	t.Cleanup(func() { s.Close() })
	must(t, demo.Load(ctx, s))
	org, err := s.OrgByCode(ctx, demo.CommuneCode)
	must(t, err)
	units, err := s.Units(ctx, org.ID)
	must(t, err)
	user := func(login, name string, role domain.UserRole) usecase.Actor {
		u := domain.User{OrgID: org.ID, Login: login, Name: name, Role: role, PasswordHash: "x", CreatedAt: now}
		must(t, s.SaveUser(ctx, &u))
		return usecase.Actor{User: u, Org: org}
	}
	return fixture{store: s, svc: submissions.New(usecase.NewEnv(s, func() time.Time { return now })), org: org, units: units,
		leader: user("lanh", "Lê Văn Lãnh", domain.RoleLeader), deputy: user("pho", "Phạm Thị Phó", domain.RoleLeader),
		admin: user("quantri", "Nguyễn Văn Quản", domain.RoleAdmin)}
}

// submit sends a good public submission and returns it as stored.
func (f fixture) submit(t *testing.T) domain.Submission {
	t.Helper()
	r, err := f.svc.Submit(context.Background(), submissions.SubmitInput{OrgCode: f.org.Code, Consent: true, Input: submissions.Input{
		Kind: "kien_nghi", Field: "Chuyển đổi số", Title: "Đề nghị mở lớp hướng dẫn dùng VNeID",
		Content: "Nhiều người cao tuổi ở thôn Thọ Nghiệp chưa biết kích hoạt tài khoản định danh điện tử mức 2.",
		Name:    "Trần Văn An", Address: "Thôn Thọ Nghiệp, xã Xuân Hưng", Phone: "0912 345 678",
	}})
	must(t, err)
	return r.Sub
}

func (f fixture) load(t *testing.T, id int64) domain.Submission {
	t.Helper()
	sub, err := f.store.SubmissionByID(context.Background(), f.org.ID, id)
	must(t, err)
	return sub
}

func (f fixture) events(t *testing.T, id int64) []domain.SubmissionEvent {
	t.Helper()
	evs, err := f.store.SubmissionEvents(context.Background(), id)
	must(t, err)
	return evs
}

func (f fixture) audits(t *testing.T, prefix string) int {
	t.Helper()
	log, err := f.store.AuditLog(context.Background(), f.org.ID, 1000, 0)
	must(t, err)
	n := 0
	for _, e := range log {
		if len(e.Action) >= len(prefix) && e.Action[:len(prefix)] == prefix {
			n++
		}
	}
	return n
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
