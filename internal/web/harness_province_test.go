package web

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// otherProvince is a second province (Thanh Hóa) with one commune of its
// own, for cross-province attempts: no account of Ninh Bình or its communes
// may reach it, and its accounts reach nothing of Ninh Bình.
type otherProvince struct {
	Org     domain.Org  // Thanh Hóa
	Commune domain.Org  // phường Hải Tiến, one of its communes
	Leader  domain.User // login "thanhhoa-lanhdao"
	Staff   domain.User // its chuyên viên, login "thanhhoa-chuyenvien"
	Admin   domain.User // the commune's administrator, login "haitien-admin"
}

func makeOtherProvince(t *testing.T, s *storage.Store) otherProvince {
	t.Helper()
	ctx := context.Background()
	o := otherProvince{Org: domain.Org{Code: "thanh-hoa", OfficialCode: "38", Name: "Thanh Hóa", Level: domain.LevelProvince}}
	must(t, s.SaveOrg(ctx, &o.Org))
	o.Commune = domain.Org{ParentID: o.Org.ID, Code: "hai-tien", Name: "Hải Tiến", Level: domain.LevelCommune, Type: domain.TypePhuong}
	must(t, s.SaveOrg(ctx, &o.Commune))
	hash, err := fastHash(demo.Password)
	must(t, err)
	add := func(org domain.Org, login string, role domain.UserRole) domain.User {
		u := domain.User{OrgID: org.ID, Login: login, Role: role, PasswordHash: hash, CreatedAt: testNow}
		must(t, s.SaveUser(ctx, &u))
		return u
	}
	o.Leader = add(o.Org, "thanhhoa-lanhdao", domain.RoleLeader)
	o.Staff = add(o.Org, "thanhhoa-chuyenvien", domain.RoleStaff)
	o.Admin = add(o.Commune, "haitien-admin", domain.RoleAdmin)
	return o
}
