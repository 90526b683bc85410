package orgs

import (
	"bytes"
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/usecase"
)

// province returns Ninh Bình, the demo commune's province.
func (f *fixture) province() domain.Org {
	f.t.Helper()
	p, err := f.store.OrgByID(context.Background(), f.org.ParentID)
	must(f.t, err)
	return p
}

// asProvince is a demo account of Ninh Bình acting there.
func (f *fixture) asProvince(login string) usecase.Actor {
	f.t.Helper()
	return usecase.Actor{User: f.demo.User(login), Org: f.province()}
}

// farProvince adds Thanh Hóa with a commune (phường Hải Tiến, official code
// 16000) and an administrator of each, "thanhhoa-quantri" and
// "haitien-admin", and returns the province's administrator acting there.
func (f *fixture) farProvince() usecase.Actor {
	f.t.Helper()
	ctx := context.Background()
	p := domain.Org{Code: "thanh-hoa", OfficialCode: "38", Name: "Thanh Hóa", Level: domain.LevelProvince}
	must(f.t, f.store.SaveOrg(ctx, &p))
	c := domain.Org{ParentID: p.ID, Code: "hai-tien", OfficialCode: "16000", Name: "Hải Tiến", Level: domain.LevelCommune, Type: domain.TypePhuong}
	must(f.t, f.store.SaveOrg(ctx, &c))
	hash, err := demotest.PasswordHash(demo.Password)
	must(f.t, err)
	admin := domain.User{OrgID: p.ID, Login: "thanhhoa-quantri", Role: domain.RoleAdmin, PasswordHash: hash, CreatedAt: demotest.Now()}
	must(f.t, f.store.SaveUser(ctx, &admin))
	other := domain.User{OrgID: c.ID, Login: "haitien-admin", Role: domain.RoleAdmin, PasswordHash: hash, CreatedAt: demotest.Now()}
	must(f.t, f.store.SaveUser(ctx, &other))
	return usecase.Actor{User: admin, Org: p}
}

// giaVien is a good form of a new commune.
func giaVien() CommuneForm {
	return CommuneForm{Name: "Bình Minh", Type: "xã", OfficialCode: "14560", Code: "binh-minh",
		AdminLogin: "binh-minh-quantri", AdminName: "Nguyễn Văn An", AdminEmail: "an.nv@ninhbinh.gov.vn"}
}

// communesBook is a communes workbook with rows under its header.
func communesBook(t *testing.T, rows ...[]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	must(t, excel.WriteCommunes(&buf, rows))
	return buf.Bytes()
}
