package requests_test

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/usecase"
)

// fixture is the demo with Ninh Bình's requests service, a second xã and a
// phường of the province, and a second province with a leader.
type fixture struct {
	*demotest.Fixture
	t        *testing.T
	svc      *requests.Service
	province domain.Org
	xuanHoa  domain.Org // a second xã of Ninh Bình
	namDinh  domain.Org // a phường of Ninh Bình
	far      usecase.Actor
}

func eachFixture(t *testing.T, fn func(t *testing.T, f *fixture)) {
	demotest.Each(t, func(t *testing.T, d *demotest.Fixture) {
		ctx := context.Background()
		f := &fixture{Fixture: d, t: t, svc: requests.New(d.Env)}
		var err error
		if f.province, err = d.Store.OrgByID(ctx, d.Org.ParentID); err != nil {
			t.Fatal(err)
		}
		f.xuanHoa = f.commune("xuan-hoa", "Xuân Hòa", domain.TypeXa)
		f.namDinh = f.commune("nam-dinh", "Nam Định", domain.TypePhuong)
		thanhHoa := domain.Org{Code: "thanh-hoa", Name: "Thanh Hóa", Level: domain.LevelProvince}
		must(t, d.Store.SaveOrg(ctx, &thanhHoa))
		leader := domain.User{OrgID: thanhHoa.ID, Login: "thanhhoa-lanhdao", Role: domain.RoleLeader, PasswordHash: "x", CreatedAt: demotest.Now()}
		must(t, d.Store.SaveUser(ctx, &leader))
		f.far = usecase.Actor{User: leader, Org: thanhHoa}
		fn(t, f)
	})
}

// commune adds a commune of Ninh Bình with a leader and an administrator.
func (f *fixture) commune(code, name string, typ domain.CommuneType) domain.Org {
	ctx := context.Background()
	c := domain.Org{ParentID: f.province.ID, Code: code, Name: name, Level: domain.LevelCommune, Type: typ}
	must(f.t, f.Store.SaveOrg(ctx, &c))
	for _, role := range []domain.UserRole{domain.RoleLeader, domain.RoleAdmin, domain.RoleViewer} {
		u := domain.User{OrgID: c.ID, Login: code + "-" + string(role), Role: role, PasswordHash: "x", CreatedAt: demotest.Now()}
		must(f.t, f.Store.SaveUser(ctx, &u))
	}
	return c
}

// inProvince is the province's account with the login acting in Ninh Bình.
func (f *fixture) inProvince(login string) usecase.Actor {
	f.t.Helper()
	return usecase.Actor{User: f.User(login), Org: f.province}
}

// notices returns the notices of the account with the login.
func (f *fixture) notices(login string) []domain.Notice {
	f.t.Helper()
	n, err := f.Store.Notices(context.Background(), f.User(login).ID, 100)
	must(f.t, err)
	return n
}

// cv202 is the seed report's request, as the form sends it: to every
// commune, monthly from March 2026, data to the 14th, due three working
// days later.
func cv202() requests.RequestForm {
	return requests.RequestForm{DocNumber: "202-CV/UBKTTU", DocDate: "27/01/2026", DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình",
		Frequency: "month", Audience: "all", FirstPeriod: "03/2026", CutoffDay: "14", DueMode: requests.DueOnWorkingDays,
		DueWorkingDays: "3", ReminderDays: "3, 1"}
}

// issued saves and issues a request from the form as the province's leader.
func (f *fixture) issued(form requests.RequestForm) domain.ReportRequest {
	f.t.Helper()
	ctx := context.Background()
	lead := f.inProvince("tinh-lanhdao")
	r, err := f.svc.Save(ctx, lead, form, 0)
	must(f.t, err)
	r, _, err = f.svc.Issue(ctx, lead, r.ID, r.Version)
	must(f.t, err)
	return r
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
