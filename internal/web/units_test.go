package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// unitByCode returns the unit of the organisation with the code; ok is false
// when it has none.
func unitByCode(h *harness, orgID int64, code string) (domain.Unit, bool) {
	h.t.Helper()
	units, err := h.store.Units(h.t.Context(), orgID)
	must(h.t, err)
	for _, u := range units {
		if u.Code == code {
			return u, true
		}
	}
	return domain.Unit{}, false
}

// unitState is what a refused or forbidden write must leave unchanged: the
// units of both communes and the demo commune's audit log.
func unitState(h *harness) string {
	h.t.Helper()
	ours, err := h.store.Units(h.t.Context(), h.org.ID)
	must(h.t, err)
	theirs, err := h.store.Units(h.t.Context(), h.other.Org.ID)
	must(h.t, err)
	log, err := h.store.AuditLog(h.t.Context(), h.org.ID, 1000, 0)
	must(h.t, err)
	return fmt.Sprintf("%+v\n%+v\naudit %d", ours, theirs, len(log))
}

func TestUnitRoutes(t *testing.T) {
	t.Parallel()
	runScenariosOf(t, func(h *harness) []scenario {
		vhxh, _ := unitByCode(h, h.org.ID, "vh-xh")
		theirs, _ := unitByCode(h, h.other.Org.ID, "vpdu")
		edit := fmt.Sprintf("/units/%d", vhxh.ID)
		rename := url.Values{"name": {"Phòng Văn hóa và Xã hội"}, "short_name": {"Phòng VHXH"}}
		add := url.Values{"code": {"kinh-te-2"}, "name": {"Phòng Kinh tế 2"}}
		forms := []string{`action="/units"`, "Thêm cơ quan, đơn vị", "Sửa tên"}
		var out []scenario
		for _, login := range []string{"lanhdao", "vanhoa", "vanphong", "xem"} {
			out = append(out,
				scenario{name: login + " reads the list", login: login, path: "/units", status: http.StatusOK,
					want: []string{"Cơ quan, đơn vị của Xuân Hưng", "Phòng VH-XH", "vh-xh", "Trường THCS Xuân Hưng", "Chỉ quản trị viên"}, notWant: append(forms, "Xuân Hòa")},
				scenario{name: login + " gets no edit form", login: login, path: fmt.Sprintf("/units?edit=%d", vhxh.ID), status: http.StatusOK, notWant: []string{"Lưu tên"}},
				scenario{name: login + " may not add", login: login, method: http.MethodPost, path: "/units", form: add, status: http.StatusForbidden},
				scenario{name: login + " may not rename", login: login, method: http.MethodPost, path: edit, form: rename, status: http.StatusForbidden},
			)
		}
		return append(out,
			scenario{name: "anonymous is sent to sign in", path: "/units", status: http.StatusSeeOther, want: []string{"/login?next=%2Funits"}},
			scenario{name: "anonymous cannot add", method: http.MethodPost, path: "/units", form: add, status: http.StatusSeeOther, want: []string{"/login"}},
			scenario{name: "anonymous cannot rename", method: http.MethodPost, path: edit, form: rename, status: http.StatusSeeOther, want: []string{"/login"}},
			scenario{name: "admin gets the forms", login: "quantri", path: "/units", status: http.StatusOK,
				want: append(forms, "Phòng VH-XH", "Chương trình 02-CTr/BCĐ", fmt.Sprintf(`href="/units?edit=%d#edit-title"`, vhxh.ID)), notWant: []string{"Xuân Hòa", "Lưu tên"}},
			scenario{name: "admin opens the rename form", login: "quantri", path: fmt.Sprintf("/units?edit=%d", vhxh.ID), status: http.StatusOK,
				want: []string{"Sửa tên: vh-xh", fmt.Sprintf(`action="/units/%d"`, vhxh.ID), `value="Phòng Văn hóa - Xã hội"`, "Mã giữ nguyên sau khi thêm", "readonly"}},
			scenario{name: "another commune's unit has no rename form", login: "quantri", path: fmt.Sprintf("/units?edit=%d", theirs.ID), status: http.StatusNotFound, notWant: []string{"Xuân Hòa"}},
			scenario{name: "a malformed id has no rename form", login: "quantri", path: "/units?edit=abc", status: http.StatusNotFound},
			scenario{name: "another commune's unit cannot be renamed", login: "quantri", method: http.MethodPost, path: fmt.Sprintf("/units/%d", theirs.ID), form: rename,
				status: http.StatusNotFound, notWant: []string{"Xuân Hòa", "Lưu tên"}},
			scenario{name: "an unknown unit cannot be renamed", login: "quantri", method: http.MethodPost, path: "/units/999999", form: rename, status: http.StatusNotFound},
			scenario{name: "a malformed unit id", login: "quantri", method: http.MethodPost, path: "/units/abc", form: rename, status: http.StatusNotFound},
			scenario{name: "the users page links the units", login: "quantri", path: "/users", status: http.StatusOK, want: []string{`<a href="/units">Cơ quan, đơn vị</a>`}},
		)
	})
}

// Nothing a refused, forbidden or cross-commune write sends may change a unit
// or reach the audit log.
func TestUnitWritesThatMustChangeNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		vhxh, _ := unitByCode(h, h.org.ID, "vh-xh")
		theirs, _ := unitByCode(h, h.other.Org.ID, "vpdu")
		long := strings.Repeat("ạ", 156)
		cases := []struct {
			name, login, path string
			form              url.Values
			status            int
			field, message    string
		}{
			{"empty code", "quantri", "/units", url.Values{"name": {"Phòng Tư pháp"}}, 422, "code", "Nhập mã cơ quan, đơn vị"},
			{"code with diacritics", "quantri", "/units", url.Values{"code": {"tư-pháp"}, "name": {"Phòng Tư pháp"}}, 422, "code", "chữ thường không dấu"},
			{"code with a space", "quantri", "/units", url.Values{"code": {"tu phap"}, "name": {"Phòng Tư pháp"}}, 422, "code", "chữ thường không dấu"},
			{"code too short", "quantri", "/units", url.Values{"code": {"t"}, "name": {"Phòng Tư pháp"}}, 422, "code", "từ 2 đến 40 ký tự (hiện có 1)"},
			{"code too long", "quantri", "/units", url.Values{"code": {strings.Repeat("a", 41)}, "name": {"Phòng Tư pháp"}}, 422, "code", "(hiện có 41)"},
			{"duplicate code", "quantri", "/units", url.Values{"code": {"vh-xh"}, "name": {"Phòng Tư pháp"}}, 422, "code", "Mã “vh-xh” đã dùng cho Phòng Văn hóa - Xã hội"},
			{"duplicate code in capitals", "quantri", "/units", url.Values{"code": {"VH-XH"}, "name": {"Phòng Tư pháp"}}, 422, "code", "đã dùng cho"},
			{"duplicate code and no name", "quantri", "/units", url.Values{"code": {"vh-xh"}}, 422, "code", "đã dùng cho"},
			{"empty name", "quantri", "/units", url.Values{"code": {"tu-phap"}}, 422, "name", "Nhập tên cơ quan, đơn vị"},
			{"name too long", "quantri", "/units", url.Values{"code": {"tu-phap"}, "name": {long}}, 422, "name", "tối đa 150 ký tự (hiện có 156)"},
			{"short name too long", "quantri", "/units", url.Values{"code": {"tu-phap"}, "name": {"Phòng Tư pháp"}, "short_name": {long}}, 422, "short_name", "Tên viết tắt quá dài"},
			{"rename to nothing", "quantri", fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"name": {"  "}}, 422, "edit-name", "Nhập tên cơ quan, đơn vị"},
			{"rename too long", "quantri", fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"name": {long}}, 422, "edit-name", "(hiện có 156)"},
			{"short name too long on rename", "quantri", fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"name": {"Phòng VH"}, "short_name": {long}}, 422, "edit-short", "Tên viết tắt quá dài"},
			{"another commune's unit", "quantri", fmt.Sprintf("/units/%d", theirs.ID), url.Values{"name": {"Đã bị sửa"}}, 404, "", ""},
			{"the other commune's admin on ours", "xuanhoa-admin", fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"name": {"Đã bị sửa"}}, 404, "", ""},
			{"a leader", "lanhdao", "/units", url.Values{"code": {"tu-phap"}, "name": {"Phòng Tư pháp"}}, 403, "", ""},
			{"a staff member", "vanhoa", fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"name": {"Đã bị sửa"}}, 403, "", ""},
			{"a viewer", "xem", "/units", url.Values{"code": {"tu-phap"}, "name": {"Phòng Tư pháp"}}, 403, "", ""},
		}
		before := unitState(h)
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				res := h.as(c.login).post(c.path, c.form)
				if res.status != c.status {
					t.Fatalf("status %d, want %d\n%s", res.status, c.status, excerpt(res.body))
				}
				if c.field != "" {
					// The message sits beside its field, which points at it.
					want := fmt.Sprintf(`aria-describedby="%s-error"`, c.field)
					if !strings.Contains(res.body, want) || !strings.Contains(res.body, fmt.Sprintf(`id="%s-error">`, c.field)) {
						t.Errorf("no error beside %q", c.field)
					}
					if !strings.Contains(res.body, c.message) {
						t.Errorf("missing message %q\n%s", c.message, excerpt(res.body))
					}
				}
				// The other commune's admin sees their own commune's name in the header.
				if c.login != "xuanhoa-admin" && strings.Contains(res.body, "Xuân Hòa") {
					t.Error("the page shows the other commune")
				}
				if after := unitState(h); after != before {
					t.Errorf("the write changed data:\nbefore %s\nafter  %s", before, after)
				}
			})
		}
	})
}

func TestRefusedUnitFormKeepsTheInput(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		res := h.as("quantri").post("/units", url.Values{"code": {"tư-pháp"}, "name": {"Phòng Tư pháp"}, "short_name": {"Phòng TP"}})
		for _, want := range []string{`value="tư-pháp"`, `value="Phòng Tư pháp"`, `value="Phòng TP"`} {
			if !strings.Contains(res.body, want) {
				t.Errorf("the refused form lost %s", want)
			}
		}
		vhxh, _ := unitByCode(h, h.org.ID, "vh-xh")
		res = h.as("quantri").post(fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"name": {""}, "short_name": {"VH mới"}})
		if !strings.Contains(res.body, "Sửa tên: vh-xh") || !strings.Contains(res.body, `value="VH mới"`) {
			t.Errorf("the refused rename form is not shown again with the input\n%s", excerpt(res.body))
		}
	})
}

func TestAdminAddsAUnitAndGivesItAStaffUser(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		res := admin.post("/units", url.Values{"code": {" Tu-Phap "}, "name": {"Phòng Tư pháp"}})
		if res.status != http.StatusSeeOther || res.location != "/units" {
			t.Fatalf("add: %d %q\n%s", res.status, res.location, excerpt(res.body))
		}
		unit, ok := unitByCode(h, h.org.ID, "tu-phap")
		if !ok {
			t.Fatal("the unit was not saved under its lower-case code")
		}
		if unit.Name != "Phòng Tư pháp" || unit.ShortName != "Phòng Tư pháp" {
			t.Errorf("saved %+v; an empty short name should take the name", unit)
		}
		entry := h.lastAudit()
		if entry.Action != "unit.add" || entry.UserName != "quantri" || !strings.Contains(entry.After, `"Code":"tu-phap"`) || entry.Before != "" {
			t.Errorf("audit entry %+v", entry)
		}
		page := admin.get("/units")
		if !strings.Contains(page.body, "Đã thêm “Phòng Tư pháp”") || !strings.Contains(page.body, "<code>tu-phap</code>") {
			t.Errorf("the list does not show the new unit with the message\n%s", excerpt(page.body))
		}
		if !strings.Contains(admin.get("/audit").body, "Thêm cơ quan, đơn vị") {
			t.Error("the audit log does not name the action")
		}

		users := admin.get("/users")
		if !strings.Contains(users.body, fmt.Sprintf(`<option value="%d" >Phòng Tư pháp</option>`, unit.ID)) &&
			!strings.Contains(users.body, fmt.Sprintf(`<option value="%d">Phòng Tư pháp</option>`, unit.ID)) {
			t.Errorf("the users form does not offer the new unit")
		}
		res = admin.post("/users", url.Values{"login": {"tuphap"}, "name": {"Lê Văn Minh"}, "role": {"staff"}, "unit": {fmt.Sprint(unit.ID)}})
		if res.status != http.StatusOK || !strings.Contains(res.body, "Mật khẩu một lần của <strong>tuphap</strong>") {
			t.Fatalf("add a staff user of the new unit: %d\n%s", res.status, excerpt(res.body))
		}
		row := meetingTableRow(admin.get("/units").body, "<code>tu-phap</code>")
		if !strings.Contains(row, "<td>0</td><td>1</td>") {
			t.Errorf("the new unit's row should count no criteria and one user: %s", row)
		}
	})
}

func TestAdminRenamesAUnitAndTheCodeStays(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		vhxh, _ := unitByCode(h, h.org.ID, "vh-xh")
		theirs, _ := unitByCode(h, h.other.Org.ID, "vpdu")
		admin := h.as("quantri")
		res := admin.post(fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"code": {"da-doi"}, "name": {"Phòng Văn hóa và Xã hội"}, "short_name": {"Phòng VHXH"},
			"version": {fmt.Sprint(vhxh.Version)}})
		if res.status != http.StatusSeeOther || res.location != "/units" {
			t.Fatalf("rename: %d\n%s", res.status, excerpt(res.body))
		}
		got, ok := unitByCode(h, h.org.ID, "vh-xh")
		if !ok || got.ID != vhxh.ID || got.Name != "Phòng Văn hóa và Xã hội" || got.ShortName != "Phòng VHXH" {
			t.Errorf("after rename: %+v (found %v)", got, ok)
		}
		if _, ok := unitByCode(h, h.org.ID, "da-doi"); ok {
			t.Error("the code was changed")
		}
		if again, _ := unitByCode(h, h.other.Org.ID, "vpdu"); again != theirs {
			t.Errorf("the other commune's unit changed: %+v", again)
		}
		entry := h.lastAudit()
		if entry.Action != "unit.edit" || !strings.Contains(entry.Before, `"ShortName":"Phòng VH-XH"`) || !strings.Contains(entry.After, `"ShortName":"Phòng VHXH"`) {
			t.Errorf("audit entry %+v", entry)
		}
		// An empty short name takes the new name.
		admin.post(fmt.Sprintf("/units/%d", vhxh.ID), url.Values{"name": {"Phòng Văn hóa - Xã hội"}, "version": {fmt.Sprint(vhxh.Version + 1)}})
		if got, _ := unitByCode(h, h.org.ID, "vh-xh"); got.ShortName != "Phòng Văn hóa - Xã hội" {
			t.Errorf("short name after an empty one: %q", got.ShortName)
		}
	})
}

// Each row counts the criteria of the newest program the unit leads and its
// users, as the store has them.
func TestUnitRowsCountLeadCriteriaAndUsers(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		vhxh, _ := unitByCode(h, h.org.ID, "vh-xh")
		programs, err := h.store.Programs(t.Context(), h.org.ID)
		must(t, err)
		program, err := h.store.Program(t.Context(), programs[0].ID)
		must(t, err)
		leads := 0
		for _, g := range program.Groups {
			for _, c := range g.Criteria {
				for _, id := range c.Roles.Lead.UnitIDs {
					if id == vhxh.ID {
						leads++
						break
					}
				}
			}
		}
		if leads == 0 {
			t.Fatal("the demo should have criteria led by Phòng VH-XH")
		}
		users, err := h.store.Users(t.Context(), h.org.ID)
		must(t, err)
		members := 0
		for _, u := range users {
			if u.UnitID == vhxh.ID {
				members++
			}
		}
		row := meetingTableRow(h.as("xem").get("/units").body, "<code>vh-xh</code>")
		if want := fmt.Sprintf("<td>%d</td><td>%d</td>", leads, members); !strings.Contains(row, want) {
			t.Errorf("row %s, want %s", row, want)
		}
	})
}
