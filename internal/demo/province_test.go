package demo_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
)

// communeSnapshot reads back everything LoadProvince writes for a commune.
type communeSnapshot struct {
	Org      domain.Org
	Units    []domain.Unit
	Program  domain.Program
	Progress map[int64][]domain.Progress
	Meetings []domain.Meeting
	Users    []domain.User
}

func takeCommune(t *testing.T, s *storage.Store, code string) communeSnapshot {
	t.Helper()
	ctx := context.Background()
	var snap communeSnapshot
	var err error
	snap.Org, err = s.OrgByCode(ctx, code)
	must(t, err)
	snap.Units, err = s.Units(ctx, snap.Org.ID)
	must(t, err)
	snap.Program, err = s.ProgramForYear(ctx, snap.Org.ID, 2026)
	must(t, err)
	snap.Progress, err = s.ProgressUpTo(ctx, snap.Program.ID, domain.Period{Kind: domain.Year, Year: 2026})
	must(t, err)
	snap.Meetings, err = s.Meetings(ctx, snap.Org.ID, domain.Date(2026, 1, 1), domain.Date(2026, 12, 31))
	must(t, err)
	snap.Users, err = s.Users(ctx, snap.Org.ID)
	must(t, err)
	return snap
}

func takeProvince(t *testing.T, s *storage.Store) map[string]communeSnapshot {
	t.Helper()
	out := map[string]communeSnapshot{}
	for _, c := range demo.ProvinceCommunes() {
		out[c.Org.Code] = takeCommune(t, s, c.Org.Code)
	}
	return out
}

// loadProvince loads the demo commune, then the province's, and says how
// long the province took.
func loadProvince(t *testing.T, s *storage.Store) time.Duration {
	t.Helper()
	ctx := context.Background()
	must(t, demo.Load(ctx, s))
	start := time.Now()
	must(t, demo.LoadProvince(ctx, s, demotest.PasswordHash, demotest.Now()))
	return time.Since(start)
}

func TestLoadingTheProvinceTwiceChangesNothing(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := open(t, dsn)
		took := loadProvince(t, s)
		first := takeProvince(t, s)
		again := loadProvince(t, s)
		t.Logf("the province's %d communes loaded in %v, and again in %v", len(first), took, again)
		if second := takeProvince(t, s); !reflect.DeepEqual(first, second) {
			t.Errorf("a second load changed the communes")
		}
		province, err := s.OrgByCode(context.Background(), demo.ProvinceCode)
		must(t, err)
		communes, err := s.Orgs(context.Background(), province.ID)
		must(t, err)
		if len(communes) != 13 {
			t.Errorf("Ninh Bình has %d communes, want Xuân Hưng and 12 others", len(communes))
		}
	})
}

// Each commune has its program with values as its pace says: three ahead
// (15–25 of 39 met in March), two lagging (0–3), the others on their way
// (5–12), and fewer met each month before March.
func TestTheProvinceCommunesAreAheadOnTheirWayOrLagging(t *testing.T) {
	t.Parallel()
	ahead := map[string]bool{"hoa-lu": true, "nam-dinh": true, "phu-ly": true}
	lagging := map[string]bool{"cuc-phuong": true, "giao-thuy": true}
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := open(t, dsn)
		loadProvince(t, s)
		for code, snap := range takeProvince(t, s) {
			met := func(m time.Month) int {
				n := 0
				for _, st := range snap.Program.Statuses(snap.Progress, domain.MonthPeriod(2026, m)) {
					if st == domain.Met {
						n++
					}
				}
				return n
			}
			jan, feb, mar := met(time.January), met(time.February), met(time.March)
			lo, hi := 5, 12
			switch {
			case ahead[code]:
				lo, hi = 15, 25
			case lagging[code]:
				lo, hi = 0, 3
			}
			t.Logf("%s: met in January %d, February %d, March %d", code, jan, feb, mar)
			if mar < lo || mar > hi || jan > feb || feb > mar {
				t.Errorf("%s: met in January %d, February %d, March %d; want %d–%d in March and fewer before", code, jan, feb, mar, lo, hi)
			}
			if snap.Program.CriteriaCount() != 39 || len(snap.Progress) == 0 {
				t.Errorf("%s: program of %d criteria with values for %d", code, snap.Program.CriteriaCount(), len(snap.Progress))
			}
			if n := len(snap.Meetings); n < 1 || n > 2 {
				t.Errorf("%s: %d meetings, want one or two", code, n)
			}
		}
	})
}

// A commune's program is linked to its own units, as Xuân Hưng's is to
// Xuân Hưng's, and its administrator signs in as "<code>-quantri".
func TestAProvinceCommuneHasItsOwnUnitsAndAdministrator(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := open(t, dsn)
		loadProvince(t, s)
		home := take(t, s)
		for _, c := range demo.ProvinceCommunes() {
			snap := takeCommune(t, s, c.Org.Code)
			if snap.Org.Name != c.Org.Name || snap.Org.Type != c.Org.Type || len(snap.Org.OfficialCode) != 5 || snap.Org.ParentID != home.Orgs[0].ID {
				t.Errorf("%s is %+v", c.Org.Code, snap.Org)
			}
			if got, want := linkedUnits(snap.Program, snap.Units), linkedUnits(home.Program, home.Units); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: criteria linked to units %v, want those of Xuân Hưng %v", c.Org.Code, got, want)
			}
			if len(snap.Users) != 1 || snap.Users[0].Login != c.Admin.Login || snap.Users[0].Role != domain.RoleAdmin || snap.Users[0].Name != c.Admin.Name {
				t.Errorf("%s: accounts %+v, want its administrator %s", c.Org.Code, snap.Users, c.Admin.Login)
			}
		}
	})
}

// linkedUnits returns, for each criterion in order, the codes of the units
// its roles link, all of them of the organisation.
func linkedUnits(p domain.Program, units []domain.Unit) [][]string {
	code := map[int64]string{}
	for _, u := range units {
		code[u.ID] = u.Code
	}
	var out [][]string
	for _, c := range p.Criteria() {
		var codes []string
		for _, r := range []domain.Role{c.Roles.Monitoring, c.Roles.Lead, c.Roles.Coordinating} {
			for _, id := range r.UnitIDs {
				c, ok := code[id]
				if !ok {
					c = "(a unit of another organisation)"
				}
				codes = append(codes, c)
			}
		}
		out = append(out, codes)
	}
	return out
}

// What people change in a demo commune stays when the demo loads again.
func TestLoadingTheProvinceAgainKeepsWhatPeopleChanged(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := open(t, dsn)
		loadProvince(t, s)
		org, err := s.OrgByCode(ctx, "gia-vien")
		must(t, err)
		org.Name = "Gia Viễn mới"
		must(t, s.SaveOrg(ctx, &org))
		loadProvince(t, s)
		if again, err := s.OrgByCode(ctx, "gia-vien"); err != nil || again.Name != "Gia Viễn mới" {
			t.Errorf("after loading again gia-vien is %+v (%v)", again, err)
		}
	})
}

func TestTheProvinceNeedsTheDemoCommuneFirst(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := open(t, dsn)
		if err := demo.LoadProvince(context.Background(), s, demotest.PasswordHash, demotest.Now()); err == nil {
			t.Errorf("the province loaded without the demo commune")
		}
	})
}
