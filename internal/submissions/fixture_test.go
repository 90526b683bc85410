package submissions_test

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

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

// eachFixture runs fn on the demo commune over every engine.
func eachFixture(t *testing.T, fn func(t *testing.T, f fixture)) {
	testdb.Each(t, func(t *testing.T, dsn string) { fn(t, newFixture(t, dsn)) })
}

// newFixture opens the demo commune at dsn with two leaders and an
// administrator.
func newFixture(t *testing.T, dsn string) fixture {
	t.Helper()
	d := demotest.Open(t, dsn)
	units, err := d.Store.Units(context.Background(), d.Org.ID)
	must(t, err)
	return fixture{store: d.Store, svc: submissions.New(d.Env), org: d.Org, units: units,
		leader: d.AddUser("lanh", "Lê Văn Lãnh", domain.RoleLeader), deputy: d.AddUser("pho", "Phạm Thị Phó", domain.RoleLeader),
		admin: d.As("quantri")}
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
