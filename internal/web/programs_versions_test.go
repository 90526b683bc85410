package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// hiddenVersion returns the version a page's form carries.
func hiddenVersion(t *testing.T, body, action string) string {
	t.Helper()
	form := between(body, `action="`+action+`"`, `</form>`)
	v := between(form, `name="version" value="`, `"`)
	if v == "" {
		t.Fatalf("the form to %s carries no version\n%s", action, excerpt(body))
	}
	return v
}

// Two people open the same criterion and both save: the second save is
// refused with 409, the form keeps what the second person typed and says
// what the first one saved, who and when; nothing of the second save is
// written, and saving again from the refused form goes through.
func TestTwoSessionsEditingOneCriterion(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		c := p.Groups[1].Criteria[5] // II.6
		path := fmt.Sprintf("/criteria/%d", c.ID)
		leader, admin := h.as("lanhdao"), h.as("quantri")
		formOf := func(cl *client) url.Values {
			page := cl.get(path + "/edit")
			return url.Values{"group": {fmt.Sprint(p.Groups[1].ID)}, "targets": {domain.FormatTargets(c.Targets)},
				"lead": {c.Roles.Lead.Text}, "version": {hiddenVersion(t, page.body, path)}}
		}
		first, second := formOf(leader), formOf(admin)
		first.Set("text", "Bản sửa của lãnh đạo")
		second.Set("text", "Bản sửa của quản trị")
		if res := leader.post(path, first); res.status != http.StatusSeeOther {
			t.Fatalf("first save: %d\n%s", res.status, excerpt(res.body))
		}
		res := admin.post(path, second)
		if res.status != http.StatusConflict {
			t.Fatalf("second save: %d, want 409\n%s", res.status, excerpt(res.body))
		}
		for _, want := range []string{"Tiêu chí II.6 vừa được Bùi Thị Hồng Chiên sửa lúc 09:00 ngày 28/03/2026", "nay là “Bản sửa của lãnh đạo",
			">Bản sửa của quản trị</textarea>", `role="alert"`} {
			if !strings.Contains(res.body, want) {
				t.Errorf("refused form: missing %q\n%s", want, excerpt(res.body))
			}
		}
		if _, got := findCriterion(ptrProgram(h.demoProgram()), c.ID); got.Text != "Bản sửa của lãnh đạo" || got.Version != c.Version+1 {
			t.Errorf("stored %q v%d", got.Text, got.Version)
		}
		second.Set("version", hiddenVersion(t, res.body, path))
		if again := admin.post(path, second); again.status != http.StatusSeeOther {
			t.Fatalf("saving again from the refused form: %d", again.status)
		}
		if _, got := findCriterion(ptrProgram(h.demoProgram()), c.ID); got.Text != "Bản sửa của quản trị" {
			t.Errorf("after saving again: %q", got.Text)
		}
	})
}

func TestTwoSessionsRenamingOneGroupOrHeaderOrUnit(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		g := p.Groups[0]
		leader, admin := h.as("lanhdao"), h.as("quantri")
		rename := fmt.Sprintf("/programs/%d/groups/%d/rename", p.ID, g.ID)
		page := programURL(p.ID)
		v1, v2 := hiddenVersion(t, leader.get(page).body, rename), hiddenVersion(t, admin.get(page).body, rename)
		leader.post(rename, url.Values{"name": {"Hạ tầng số"}, "version": {v1}})
		res := admin.post(rename, url.Values{"name": {"Hạ tầng viễn thông"}, "version": {v2}})
		if res.status != http.StatusConflict || !strings.Contains(res.body, "Tên nhóm I vừa được Bùi Thị Hồng Chiên sửa") ||
			!strings.Contains(res.body, `value="Hạ tầng viễn thông"`) || !strings.Contains(res.body, "nay là “Hạ tầng số”") {
			t.Errorf("second rename: %d\n%s", res.status, excerpt(res.body))
		}
		if got := h.demoProgram().Groups[0].Name; got != "Hạ tầng số" {
			t.Errorf("group name %q", got)
		}

		v1, v2 = hiddenVersion(t, leader.get(page).body, page), hiddenVersion(t, admin.get(page).body, page)
		header := func(title, v string) url.Values {
			return url.Values{"date": {"04/02/2026"}, "year": {"2026"}, "title": {title}, "version": {v}}
		}
		leader.post(page, header("Tên của lãnh đạo", v1))
		res = admin.post(page, header("Tên của quản trị", v2))
		if res.status != http.StatusConflict || !strings.Contains(res.body, "nay là “Tên của lãnh đạo") || !strings.Contains(res.body, `value="Tên của quản trị"`) {
			t.Errorf("second header save: %d\n%s", res.status, excerpt(res.body))
		}

		vhxh := h.unitNamed("Phòng VH-XH")
		other := h.as("quantri")
		edit := fmt.Sprintf("/units/%d", vhxh.ID)
		v1 = hiddenVersion(t, admin.get(fmt.Sprintf("/units?edit=%d", vhxh.ID)).body, edit)
		v2 = hiddenVersion(t, other.get(fmt.Sprintf("/units?edit=%d", vhxh.ID)).body, edit)
		admin.post(edit, url.Values{"name": {"Phòng Văn hóa và Xã hội"}, "short_name": {"Phòng VH-XH"}, "version": {v1}})
		res = other.post(edit, url.Values{"name": {"Phòng Văn hóa - Thể thao"}, "short_name": {"Phòng VH-XH"}, "version": {v2}})
		if res.status != http.StatusConflict || !strings.Contains(res.body, "Cơ quan, đơn vị vh-xh vừa được") || !strings.Contains(res.body, `value="Phòng Văn hóa - Thể thao"`) {
			t.Errorf("second unit rename: %d\n%s", res.status, excerpt(res.body))
		}
	})
}

// A unit added after the program names it is linked to those criteria at
// once: its staff see them on the data grid. Before, the new unit's staff
// saw none, and importing the workbook again said nothing had changed.
func TestStaffOfAUnitAddedAfterTheProgramSeeItsCriteria(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		admin := h.as("quantri")
		res := admin.post(fmt.Sprintf("/programs/%d/criteria", p.ID), url.Values{"group": {fmt.Sprint(p.Groups[2].ID)},
			"text": {"Số hóa sổ hộ tịch"}, "targets": {"= 100 %"}, "lead": {"Phòng Tư pháp"}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("add criterion: %d\n%s", res.status, excerpt(res.body))
		}
		res = admin.post("/units", url.Values{"code": {"tu-phap"}, "name": {"Phòng Tư pháp"}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("add unit: %d\n%s", res.status, excerpt(res.body))
		}
		if page := admin.get("/units"); !strings.Contains(page.body, "1 tiêu chí được gắn lại") {
			t.Errorf("the flash does not say the criterion was linked")
		}
		unit := h.unitNamed("Phòng Tư pháp")
		hash, err := fastHash(demo.Password)
		must(t, err)
		staff := domain.User{OrgID: h.org.ID, UnitID: unit.ID, Login: "tuphap", Name: "Cán bộ Tư pháp", Role: domain.RoleStaff, PasswordHash: hash, CreatedAt: testNow}
		must(t, h.store.SaveUser(t.Context(), &staff))
		grid := h.as("tuphap").get("/data?period=2026-03")
		if grid.status != http.StatusOK || !strings.Contains(grid.body, "Số hóa sổ hộ tịch") {
			t.Errorf("the new unit's staff do not see its criterion: %d\n%s", grid.status, excerpt(grid.body))
		}
	})
}

// The programs page offers the blank workbook, which anyone signed in may
// download: a new commune starts from it.
func TestTheBlankWorkbookIsOffered(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		viewer := h.as("xem")
		if page := viewer.get("/programs"); !strings.Contains(page.body, `href="/programs/template.xlsx"`) {
			t.Error("the programs page does not offer the blank workbook")
		}
		res := viewer.get("/programs/template.xlsx")
		if res.status != http.StatusOK || res.header.Get("Content-Type") != ui.XLSXType ||
			!strings.Contains(res.header.Get("Content-Disposition"), "mau-chuong-trinh-cong-tac.xlsx") {
			t.Fatalf("template: %d %q %q", res.status, res.header.Get("Content-Type"), res.header.Get("Content-Disposition"))
		}
		if res := h.anonymous().get("/programs/template.xlsx"); res.status != http.StatusSeeOther {
			t.Errorf("anonymous: %d", res.status)
		}
	})
}

func ptrProgram(p domain.Program) *domain.Program { return &p }
