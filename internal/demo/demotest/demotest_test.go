package demotest

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
)

// Every demo login acts in the demo commune with its role and unit, and
// signs in with demo.Password (and nothing else) through the real check.
func TestEveryDemoLoginActsInTheCommune(t *testing.T) {
	t.Parallel()
	Each(t, func(t *testing.T, f *Fixture) {
		if f.Org.Code != demo.CommuneCode || f.Org.Name != "Xuân Hưng" {
			t.Fatalf("the fixture's commune is %+v", f.Org)
		}
		for _, a := range demo.Accounts {
			actor := f.As(a.Login)
			if actor.Org.ID != f.Org.ID || actor.User.Role != a.Role || actor.Name() != a.Name {
				t.Errorf("%s acts as %+v", a.Login, actor)
			}
			if a.UnitCode != "" && actor.User.UnitID != f.Unit(a.UnitCode).ID {
				t.Errorf("%s is in unit %d, want %s", a.Login, actor.User.UnitID, a.UnitCode)
			}
			if !auth.CheckPassword(demo.Password, actor.User.PasswordHash) || auth.CheckPassword("sai-mat-khau", actor.User.PasswordHash) {
				t.Errorf("%s: the password check does not tell demo.Password from another", a.Login)
			}
		}
		added := f.AddUser("pho", "Phạm Thị Phó", domain.RoleLeader)
		if got := f.User("pho"); got.ID != added.User.ID || !auth.CheckPassword(demo.Password, got.PasswordHash) {
			t.Errorf("the added account reads back as %+v", got)
		}
		if cl := f.CommandLine("kiemthu"); cl.Login() != "dòng lệnh (kiemthu)" || cl.Org.ID != f.Org.ID {
			t.Errorf("the command line is %+v", cl)
		}
	})
}

// The fixture finds the demo's program, criteria and units by the names
// people use.
func TestTheDemoProgramAndUnitsByName(t *testing.T) {
	t.Parallel()
	Each(t, func(t *testing.T, f *Fixture) {
		p := f.Program()
		if p.Number != "02-CTr/BCĐ" || p.CriteriaCount() != 39 {
			t.Fatalf("the demo program is %s with %d criteria", p.Number, p.CriteriaCount())
		}
		if c := f.Criterion("II.6"); c.ID == 0 || c.Number != 6 {
			t.Errorf("criterion II.6 is %+v", c)
		}
		if u := f.Unit("vh-xh"); u.ShortName != "Phòng VH-XH" {
			t.Errorf("unit vh-xh is %+v", u)
		}
	})
}

// A database that holds the demo already, as `nq57 demo` leaves it, is
// opened as it is: the same commune and accounts, nothing twice.
func TestOpeningTheDemoAgainKeepsIt(t *testing.T) {
	t.Parallel()
	Each(t, func(t *testing.T, first *Fixture) {
		lead := first.As("lanhdao")
		again := Open(t, first.DSN)
		if again.Org.ID != first.Org.ID || again.As("lanhdao").User.ID != lead.User.ID || again.Program().ID != first.Program().ID {
			t.Errorf("opening again gave another commune, account or program")
		}
	})
}

// The clock stands at the demo's "now" until the test moves it; the
// fixture's use cases read it.
func TestTheClockStandsUntilMoved(t *testing.T) {
	t.Parallel()
	c := NewClock(Now())
	if !c.Now().Equal(time.Date(2026, 3, 28, 9, 0, 0, 0, domain.Vietnam)) {
		t.Fatalf("the demo's now is %v", c.Now())
	}
	c.Advance(time.Hour)
	if !c.Now().Equal(Now().Add(time.Hour)) {
		t.Errorf("after an hour the clock says %v", c.Now())
	}
}
