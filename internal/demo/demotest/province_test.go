package demotest

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
)

// The province fixture holds Ninh Bình with thirteen communes, each with a
// program of 39 criteria and values, and an administrator who signs in
// with demo.Password; the plain fixture holds Xuân Hưng alone.
func TestTheProvinceFixtureLoadsThirteenCommunes(t *testing.T) {
	t.Parallel()
	EachProvince(t, func(t *testing.T, f *Fixture) {
		ctx := context.Background()
		communes, err := f.Store.Orgs(ctx, f.Org.ParentID)
		if err != nil {
			t.Fatal(err)
		}
		if len(communes) != 13 {
			t.Fatalf("Ninh Bình has %d communes, want 13", len(communes))
		}
		for _, c := range communes {
			p, err := f.Store.ProgramForYear(ctx, c.ID, ProgramYear)
			if err != nil {
				t.Fatalf("%s: %v", c.Code, err)
			}
			values, err := f.Store.ProgressUpTo(ctx, p.ID, domain.MonthPeriod(ProgramYear, 3))
			if err != nil || p.CriteriaCount() != 39 || len(values) == 0 {
				t.Errorf("%s: program of %d criteria, values for %d (%v)", c.Code, p.CriteriaCount(), len(values), err)
			}
		}
		for _, c := range demo.ProvinceCommunes() {
			admin := f.User(c.Admin.Login)
			if admin.Role != domain.RoleAdmin || !auth.CheckPassword(demo.Password, admin.PasswordHash) {
				t.Errorf("%s is %+v, or does not sign in with the demo password", c.Admin.Login, admin)
			}
		}
		if f.Org.Code != demo.CommuneCode {
			t.Errorf("the fixture's commune is %s, want Xuân Hưng still", f.Org.Code)
		}
	})
}

func TestThePlainFixtureHasXuanHungAlone(t *testing.T) {
	t.Parallel()
	Each(t, func(t *testing.T, f *Fixture) {
		communes, err := f.Store.Orgs(context.Background(), f.Org.ParentID)
		if err != nil {
			t.Fatal(err)
		}
		if len(communes) != 1 {
			t.Errorf("Ninh Bình has %d communes in the plain fixture, want Xuân Hưng alone", len(communes))
		}
	})
}
