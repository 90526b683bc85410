package auditlog

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// now is the clock of these tests: the demo's "now".
var now = demotest.Now()

// world is the demo commune with its administrator, its leader and its unit
// Phòng VH-XH, a log of a few entries, and a second commune with its own
// administrator.
type world struct {
	svc          *Service
	store        *storage.Store
	admin        usecase.Actor
	leader       domain.User
	other        usecase.Actor
	unit         domain.Unit
	otherUserID  int64
	commandLine  usecase.Actor
	firstEntryAt time.Time
}

func eachWorld(t *testing.T, fn func(t *testing.T, w world)) {
	demotest.Each(t, func(t *testing.T, d *demotest.Fixture) {
		ctx := t.Context()
		s, org := d.Store, d.Org
		other := domain.Org{ParentID: org.ParentID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, s.SaveOrg(ctx, &other))
		otherAdmin := domain.User{OrgID: other.ID, Login: "xuanhoa-admin", Role: domain.RoleAdmin, PasswordHash: "x", CreatedAt: now}
		must(t, s.SaveUser(ctx, &otherAdmin))
		leader, unit := d.User("lanhdao"), d.Unit("vh-xh")
		w := world{svc: New(d.Env), store: s,
			admin: d.As("quantri"), leader: leader, unit: unit,
			other: usecase.Actor{User: otherAdmin, Org: other}, otherUserID: otherAdmin.ID,
			commandLine: d.CommandLine("root"), firstEntryAt: now.Add(-72 * time.Hour)}
		leaderActor := usecase.Actor{User: leader, Org: org}
		changes := []struct {
			actor usecase.Actor
			at    time.Time
			c     usecase.Change
		}{
			{w.admin, w.firstEntryAt, usecase.Change{Action: "user.add", Entity: "người dùng lanhdao", After: map[string]any{"Login": "lanhdao", "Role": "leader"}}},
			{leaderActor, now.Add(-48 * time.Hour), usecase.Change{Action: "report.issue", Entity: "báo cáo 2026-02", After: map[string]any{"number": "12-BC/ĐU"}}},
			{w.commandLine, now.Add(-24 * time.Hour), usecase.Change{Action: "progress.import", Entity: "số liệu 2026-03",
				After: map[string]any{"records": []map[string]string{{"criterion": "II.6", "record": "60 %"}}}}},
			{leaderActor, now.Add(-time.Hour), usecase.Change{Action: "period.unlock", Entity: "số liệu 2026-02", Reason: "Bổ sung số liệu tiêu chí II.6"}},
			{w.admin, now.Add(-30 * time.Minute), usecase.Change{Action: "user.archive", Entity: "người dùng xem",
				Before: map[string]any{"UnitID": 0}, After: map[string]any{"UnitID": unit.ID}}},
		}
		for _, ch := range changes {
			must(t, s.WithTx(ctx, func(tx *storage.Store) error { return usecase.Audit(ctx, tx, ch.actor, ch.at, ch.c) }))
		}
		must(t, s.WithTx(ctx, func(tx *storage.Store) error {
			return usecase.Audit(ctx, tx, w.other, now, usecase.Change{Action: "progress.save", Entity: "bí mật của Xuân Hòa"})
		}))
		fn(t, w)
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
