package orgs

import (
	"context"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
)

// A province's administrator adds a commune: the commune under the
// province, its administrator with a one-time password to change at first
// sign-in, report settings made of its own names, all audited in the
// province's log and the commune's.
func TestAProvinceAdministratorAddsACommuneWithItsAdministrator(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		made, err := f.svc.AddCommune(ctx, f.asProvince("tinh-quantri"), giaVien())
		must(t, err)
		o := made.Org
		if o.ParentID != f.org.ParentID || o.Code != "binh-minh" || o.Type != domain.TypeXa || o.OfficialCode != "14560" || !o.Active() {
			t.Errorf("the commune is %+v", o)
		}
		admin, err := f.store.UserByLogin(ctx, "binh-minh-quantri")
		must(t, err)
		if admin.OrgID != o.ID || admin.Role != domain.RoleAdmin || !admin.MustChange || admin.Email != "an.nv@ninhbinh.gov.vn" || admin.Name != "Nguyễn Văn An" {
			t.Errorf("the administrator is %+v", admin)
		}
		if made.Password == "" || !auth.CheckPassword(made.Password, admin.PasswordHash) {
			t.Errorf("the one-time password %q does not sign the administrator in", made.Password)
		}
		rs, err := f.store.ReportSettings(ctx, o.ID, domain.ReportKindNQ57Monthly, domain.Period{})
		must(t, err)
		if rs.IssuingBody != "Đảng ủy xã Bình Minh" || rs.SuperiorBody != "Đảng bộ tỉnh Ninh Bình" || rs.Version == 0 {
			t.Errorf("the report settings are %+v", rs)
		}
		provinceLog, err := f.store.AuditLog(ctx, o.ParentID, 5, 0)
		must(t, err)
		if len(provinceLog) != 1 || provinceLog[0].Action != "commune.add" || provinceLog[0].UserName != "tinh-quantri" || !strings.Contains(provinceLog[0].After, `"Admin":"binh-minh-quantri"`) {
			t.Errorf("the province's log: %+v", provinceLog)
		}
		communeLog, err := f.store.AuditLog(ctx, o.ID, 5, 0)
		must(t, err)
		if actions := actionsOf(communeLog); actions != "user.add org.add" {
			t.Errorf("the commune's log: %s", actions)
		}
		list, err := f.svc.ProvinceCommunes(ctx, f.asProvince("tinh-xem"), CommuneFilter{})
		must(t, err)
		if list.Total != 2 || list.Active != 2 || len(list.Communes) != 2 || list.Communes[0].Code != "binh-minh" || list.Communes[0].Users != 1 {
			t.Errorf("the province's communes: %+v", list)
		}
	})
}

func actionsOf(log []domain.AuditEntry) string {
	var out []string
	for _, e := range log {
		out = append(out, e.Action)
	}
	return strings.Join(out, " ")
}

// Every problem of the form is named by its field and nothing is saved; a
// login someone has in another province is refused without naming it.
func TestAddingACommuneRefusesBadAndTakenInput(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		f.farProvince()
		admin := f.asProvince("tinh-quantri")
		edit := func(change func(*CommuneForm)) CommuneForm { in := giaVien(); change(&in); return in }
		for _, c := range []struct {
			name  string
			in    CommuneForm
			field string
			words string
		}{
			{"no name", edit(func(in *CommuneForm) { in.Name = " " }), "name", "Nhập tên"},
			{"an unknown type", edit(func(in *CommuneForm) { in.Type = "thị trấn" }), "type", "không có"},
			{"an official code of 4 digits", edit(func(in *CommuneForm) { in.OfficialCode = "1456" }), "official_code", "5 chữ số"},
			{"an official code another has", edit(func(in *CommuneForm) { in.OfficialCode = "16000" }), "official_code", "đã có đơn vị khác"},
			{"a short code with accents", edit(func(in *CommuneForm) { in.Code = "gia-viễn" }), "code", "không dấu"},
			{"a short code taken", edit(func(in *CommuneForm) { in.Code = "xuan-hung" }), "code", "đã dùng"},
			{"a province's code", edit(func(in *CommuneForm) { in.Code = "thanh-hoa" }), "code", "đã dùng"},
			{"no login", edit(func(in *CommuneForm) { in.AdminLogin = "" }), "admin_login", "Nhập tên đăng nhập"},
			{"a login taken in this province", edit(func(in *CommuneForm) { in.AdminLogin = "quantri" }), "admin_login", "đã có người dùng"},
			{"a login taken in another province", edit(func(in *CommuneForm) { in.AdminLogin = "HaiTien-Admin" }), "admin_login", "đã có người dùng"},
			{"a bad e-mail", edit(func(in *CommuneForm) { in.AdminEmail = "an@" }), "admin_email", "không đúng"},
		} {
			_, err := f.svc.AddCommune(ctx, admin, c.in)
			var found *domain.Problem
			if de, ok := err.(*domain.Error); ok && de.Code == domain.Invalid {
				for i := range de.Problems {
					if de.Problems[i].Field == c.field {
						found = &de.Problems[i]
					}
				}
			}
			if found == nil || !strings.Contains(found.Message, c.words) {
				t.Errorf("%s: %v", c.name, err)
				continue
			}
			for _, leak := range []string{"Thanh Hóa", "Hải Tiến", "thanh-hoa", "hai-tien", "Xuân Hưng"} {
				if c.field == "admin_login" && strings.Contains(err.Error()+found.Message, leak) {
					t.Errorf("%s: the refusal names %s: %s", c.name, leak, found.Message)
				}
			}
		}
		if _, err := f.store.OrgByCode(ctx, "binh-minh"); !domain.IsNotFound(err) {
			t.Errorf("a refused commune was saved: %v", err)
		}
		if log, err := f.store.AuditLog(ctx, f.org.ParentID, 5, 0); err != nil || len(log) != 0 {
			t.Errorf("refusals left audit entries: %+v %v", log, err)
		}
	})
}

// Only a province's administrator adds communes: the province's other
// roles and a commune's administrator are refused.
func TestOnlyAProvinceAdministratorAddsCommunes(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		for _, login := range []string{"tinh-lanhdao", "tinh-chuyenvien", "tinh-xem"} {
			if _, err := f.svc.AddCommune(ctx, f.asProvince(login), giaVien()); domain.ErrorCode(err) != domain.Forbidden {
				t.Errorf("%s added a commune: %v", login, err)
			}
		}
		if _, err := f.svc.AddCommune(ctx, f.as("quantri"), giaVien()); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a commune's administrator added a commune: %v", err)
		}
		if _, err := f.svc.AddCommune(ctx, f.demo.CommandLine("root"), giaVien()); domain.ErrorCode(err) != domain.Invalid {
			t.Errorf("the command line in a commune added a commune: %v", err)
		}
		if _, err := f.svc.ProvinceCommunes(ctx, f.as("quantri"), CommuneFilter{}); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a commune's administrator read the province's communes: %v", err)
		}
	})
}
