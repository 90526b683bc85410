package submissions_test

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/usecase"
)

// Unit staff see a submission only once it is assigned to their unit: the
// statistics' list of submissions (tracking codes, which open the public
// tracking page, and titles) holds their unit's only, while the counts stay
// the organisation's.
func TestStatisticsListOnlyWhatUnitStaffMayOpen(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f fixture) {
		ctx := context.Background()
		unit := f.units[0]
		staff := domain.User{OrgID: f.org.ID, UnitID: unit.ID, Login: "canbo", Name: "Cán Bộ", Role: domain.RoleStaff, PasswordHash: "x", CreatedAt: demotest.Now()}
		must(t, f.store.SaveUser(ctx, &staff))
		theirs, other := f.submit(t), f.submit(t)
		for _, in := range []submissions.StepInput{
			{ID: theirs.ID, Version: 1, Action: domain.ActionAccept},
			{ID: theirs.ID, Version: 2, Action: domain.ActionAssign, UnitID: unit.ID},
		} {
			_, err := f.svc.Step(ctx, f.leader, in)
			must(t, err)
		}
		in := submissions.StatsInput{From: "2026-01", To: "2026-12"}
		st, err := f.svc.Statistics(ctx, usecase.Actor{User: staff, Org: f.org}, in)
		must(t, err)
		if len(st.Subs) != 1 || st.Subs[0].ID != theirs.ID {
			t.Errorf("unit staff list %d submissions, want only %s (not %s)", len(st.Subs), theirs.TrackingCode, other.TrackingCode)
		}
		if st.Figures.Received != 2 {
			t.Errorf("unit staff count %d received, want the organisation's 2", st.Figures.Received)
		}
		all, err := f.svc.Statistics(ctx, f.leader, in)
		must(t, err)
		if len(all.Subs) != 2 {
			t.Errorf("a leader lists %d submissions, want 2", len(all.Subs))
		}
	})
}
