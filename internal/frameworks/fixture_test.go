package frameworks_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/frameworks"
	"github.com/nq57/nq57/internal/usecase"
)

// fixture is the demo with the frameworks service, Ninh Bình's leader, a
// new xã of Ninh Bình (Xuân Hòa: Xuân Hưng has adopted the demo framework
// already) with a "Phòng VH-XH" and its leader and viewer, and a commune of
// another province with its leader.
type fixture struct {
	*demotest.Fixture
	svc      *frameworks.Service
	province usecase.Actor // Ninh Bình's leader
	xuanHoa  domain.Org
	vhxh     domain.Unit   // Xuân Hòa's Phòng Văn hóa - Xã hội
	commune  usecase.Actor // Xuân Hòa's leader
	viewer   usecase.Actor // Xuân Hòa's viewer
	far      usecase.Actor // the leader of a commune of Thanh Hóa
}

func eachFixture(t *testing.T, fn func(t *testing.T, f *fixture)) {
	demotest.Each(t, func(t *testing.T, d *demotest.Fixture) {
		ctx := context.Background()
		f := &fixture{Fixture: d, svc: frameworks.New(d.Env)}
		ninhBinh, err := d.Store.OrgByID(ctx, d.Org.ParentID)
		must(t, err)
		f.province = usecase.Actor{User: d.User("tinh-lanhdao"), Org: ninhBinh}
		f.xuanHoa = domain.Org{ParentID: ninhBinh.ID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, d.Store.SaveOrg(ctx, &f.xuanHoa))
		f.vhxh = domain.Unit{OrgID: f.xuanHoa.ID, Code: "vh-xh", Name: "Phòng Văn hóa - Xã hội", ShortName: "Phòng VH-XH"}
		must(t, d.Store.SaveUnit(ctx, &f.vhxh))
		f.commune = actor(t, d, f.xuanHoa, "xuanhoa-lanhdao", domain.RoleLeader)
		f.viewer = actor(t, d, f.xuanHoa, "xuanhoa-xem", domain.RoleViewer)
		thanhHoa := domain.Org{Code: "thanh-hoa", Name: "Thanh Hóa", Level: domain.LevelProvince}
		must(t, d.Store.SaveOrg(ctx, &thanhHoa))
		far := domain.Org{ParentID: thanhHoa.ID, Code: "hoang-hoa", Name: "Hoằng Hóa", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, d.Store.SaveOrg(ctx, &far))
		f.far = actor(t, d, far, "hoanghoa-lanhdao", domain.RoleLeader)
		fn(t, f)
	})
}

// actor adds an account with the login and role to org and acts as it.
func actor(t *testing.T, d *demotest.Fixture, org domain.Org, login string, role domain.UserRole) usecase.Actor {
	u := domain.User{OrgID: org.ID, Login: login, Role: role, PasswordHash: "x", CreatedAt: demotest.Now()}
	must(t, d.Store.SaveUser(context.Background(), &u))
	return usecase.Actor{User: u, Org: org}
}

// frameworks counts Ninh Bình's frameworks (the demo's is one).
func (f *fixture) frameworks(t *testing.T) int {
	ps, err := f.Store.Programs(context.Background(), f.province.Org.ID)
	must(t, err)
	return len(ps)
}

var march = domain.MonthPeriod(2026, time.March)

// framework is a small framework of Ninh Bình: two groups, four keyed
// criteria, role words that name Xuân Hưng's units.
func framework() domain.Program {
	return domain.Program{Number: "01-KH/BCĐT", Date: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC),
		IssuingBody: "Ban chỉ đạo tỉnh Ninh Bình", Title: "Bộ tiêu chí chuyển đổi số năm 2026", Year: 2026,
		Groups: []domain.Group{
			{Numeral: "I", Name: "Hạ tầng số", Criteria: []domain.Criterion{
				{Number: 1, FrameworkKey: "HT-01", Text: "Tỷ lệ phủ sóng 5G trên dân số",
					Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 90, Unit: "%"}},
					Roles:   domain.Roles{Lead: domain.Role{Text: "Phòng VH-XH"}}},
				{Number: 2, FrameworkKey: "HT-02", Text: "Cáp quang đến thôn"},
			}},
			{Numeral: "II", Name: "Nguồn lực", Criteria: []domain.Criterion{
				{Number: 1, FrameworkKey: "NL-01", Text: "Cán bộ được tập huấn chuyển đổi số"},
				{Number: 2, FrameworkKey: "NL-02", Text: "Tổ công nghệ số cộng đồng"},
			}},
		}}
}

// saved saves fw as Ninh Bình's framework.
func (f *fixture) saved(t *testing.T, fw domain.Program) domain.Program {
	t.Helper()
	out, err := f.svc.Save(context.Background(), f.province, fw)
	must(t, err)
	return out.Framework
}

// byKey returns the criterion of p with the framework key, and its label.
func byKey(p domain.Program, key string) (domain.Criterion, string, bool) {
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			if c.FrameworkKey == key {
				return c, domain.CriterionKey(g, c), true
			}
		}
	}
	return domain.Criterion{}, "", false
}

func code(err error) domain.Code { return domain.ErrorCode(err) }

func hasField(err error, field string) bool {
	var de *domain.Error
	if !errors.As(err, &de) {
		return false
	}
	for _, p := range de.Problems {
		if p.Field == field {
			return true
		}
	}
	return false
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
