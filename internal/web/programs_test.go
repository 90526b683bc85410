package web

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"
)

// secrets are what the other commune's program holds; no page of Xuân Hưng
// may show them.
var secrets = []string{"Bí mật", "Xuân Hòa", "01-CTr/BCĐ"}

func TestProgramRoutes(t *testing.T) {
	t.Parallel()
	runScenariosOf(t, func(h *harness) []scenario {
		p := h.demoProgram()
		prog := fmt.Sprintf("/programs/%d", p.ID)
		crit := fmt.Sprintf("/criteria/%d", p.Groups[0].Criteria[0].ID)
		other := fmt.Sprintf("/programs/%d", h.other.Program.ID)
		otherCrit := fmt.Sprintf("/criteria/%d", h.other.Criterion.ID)
		header := url.Values{"date": {"04/02/2026"}, "year": {"2026"}, "title": {"Đổi tên"}}
		criterion := url.Values{"group": {fmt.Sprint(p.Groups[0].ID)}, "text": {"Tiêu chí mới"}, "targets": {"≥ 50 %"}}
		sc := []scenario{
			{name: "anonymous list", path: "/programs", status: http.StatusSeeOther, want: []string{"/login?next=%2Fprograms"}},
			{name: "anonymous program", path: prog, status: http.StatusSeeOther, want: []string{"/login?next="}},
			{name: "anonymous export", path: prog + "/export.xlsx", status: http.StatusSeeOther, want: []string{"/login"}},
			{name: "anonymous create", method: http.MethodPost, path: "/programs", form: url.Values{"number": {"x"}}, status: http.StatusSeeOther, want: []string{"/login"}},
			{name: "anonymous delete", method: http.MethodPost, path: crit + "/delete", status: http.StatusSeeOther, want: []string{"/login"}},

			{name: "admin lists the commune's programs", login: "quantri", path: "/programs", status: http.StatusOK,
				want: []string{"02-CTr/BCĐ", `href="` + prog + `"`, "04/02/2026", ">39<", "Tạo chương trình", `href="/programs/import"`}, notWant: secrets},
			{name: "leader may create", login: "lanhdao", path: "/programs", status: http.StatusOK, want: []string{"Tạo chương trình", "/programs/import"}},
			{name: "staff reads the list", login: "vanhoa", path: "/programs", status: http.StatusOK,
				want: []string{"02-CTr/BCĐ"}, notWant: append([]string{"Tạo chương trình", "/programs/import"}, secrets...)},
			{name: "viewer reads the list", login: "xem", path: "/programs", status: http.StatusOK,
				want: []string{"02-CTr/BCĐ"}, notWant: append([]string{"Tạo chương trình", "/programs/import"}, secrets...)},

			{name: "admin sees groups, criteria, targets, roles and actions", login: "quantri", path: prog, status: http.StatusOK,
				want: []string{"I. Phát triển hạ tầng", "III. Phát triển chuyển đổi số", "Tỷ lệ phủ sóng 5G trên dân số ≥ 95%", "≥ 95 %",
					"Các doanh nghiệp Viễn thông", "Phòng VH-XH; Phòng Kinh tế; Các cơ, quan đơn vị liên quan",
					prog + "/export.xlsx", crit + "/edit", crit + "/move", crit + "/delete", "data-confirm=", "Thêm nhóm", "Sửa thông tin chung"},
				notWant: secrets},
			{name: "viewer sees the program but no edit controls", login: "xem", path: prog, status: http.StatusOK,
				want:    []string{"Tỷ lệ phủ sóng 5G trên dân số ≥ 95%", prog + "/export.xlsx"},
				notWant: []string{"/edit", "/move", "/delete", "Thêm nhóm", "Sửa thông tin chung", "Bí mật"}},
			{name: "staff sees the program but no edit controls", login: "vanphong", path: prog, status: http.StatusOK,
				want: []string{"Đạt"}, notWant: []string{"/edit", "/move", "Thêm nhóm"}},
			{name: "viewer may export", login: "xem", path: prog + "/export.xlsx", status: http.StatusOK},
			{name: "not a number", login: "quantri", path: "/programs/abc", status: http.StatusNotFound},
			{name: "no such program", login: "quantri", path: "/programs/999999", status: http.StatusNotFound},
			{name: "no such criterion", login: "quantri", path: "/criteria/999999/edit", status: http.StatusNotFound},

			{name: "admin gets the new criterion form", login: "quantri", path: prog + "/criteria/new", status: http.StatusOK,
				want: []string{`<datalist id="unit-names">`, `value="Phòng VH-XH"`, "≥ 95 %", `name="targets"`, `name="monitoring"`, `name="lead"`, `name="coordinating"`}},
			{name: "admin gets the edit form", login: "quantri", path: crit + "/edit", status: http.StatusOK,
				want: []string{"Sửa tiêu chí I.1", "Tỷ lệ phủ sóng 5G trên dân số ≥ 95%", `value="≥ 95 %"`, `value="Các doanh nghiệp Viễn thông"`}},
			{name: "leader gets the edit form", login: "lanhdao", path: crit + "/edit", status: http.StatusOK},
			{name: "admin gets the import form", login: "quantri", path: "/programs/import", status: http.StatusOK,
				want: []string{`enctype="multipart/form-data"`, `accept=".xlsx`, "tối đa 10 MB"}},
		}
		for _, login := range []string{"xem", "vanhoa", "vanphong"} {
			sc = append(sc,
				scenario{name: login + " may not open the new criterion form", login: login, path: prog + "/criteria/new", status: http.StatusForbidden},
				scenario{name: login + " may not open the edit form", login: login, path: crit + "/edit", status: http.StatusForbidden},
				scenario{name: login + " may not open the import form", login: login, path: "/programs/import", status: http.StatusForbidden},
			)
			for _, post := range []struct {
				path string
				form url.Values
			}{
				{"/programs", url.Values{"number": {"99-CTr/BCĐ"}, "date": {"01/01/2026"}, "year": {"2026"}}},
				{prog, header},
				{prog + "/groups", url.Values{"numeral": {"IV"}, "name": {"Nhóm mới"}}},
				{prog + "/criteria", criterion},
				{crit, criterion},
				{crit + "/move", url.Values{"direction": {"down"}}},
				{crit + "/delete", nil},
				{"/programs/import", nil},
				{"/programs/import/confirm", url.Values{"workbook": {"AAAA"}}},
			} {
				sc = append(sc, scenario{name: login + " may not POST " + post.path, login: login, method: http.MethodPost,
					path: post.path, form: post.form, status: http.StatusForbidden, notWant: secrets})
			}
		}
		for _, login := range []string{"quantri", "lanhdao", "xem"} {
			sc = append(sc,
				scenario{name: login + " cannot see another commune's program", login: login, path: other, status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot export another commune's program", login: login, path: other + "/export.xlsx", status: http.StatusNotFound, notWant: secrets},
			)
		}
		for _, login := range []string{"quantri", "lanhdao"} {
			sc = append(sc,
				scenario{name: login + " cannot open a form of another commune's program", login: login, path: other + "/criteria/new", status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot open another commune's criterion", login: login, path: otherCrit + "/edit", status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot edit another commune's program", login: login, method: http.MethodPost, path: other, form: header, status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot add a group to another commune's program", login: login, method: http.MethodPost, path: other + "/groups",
					form: url.Values{"numeral": {"IV"}, "name": {"Xen vào"}}, status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot add a criterion to another commune's program", login: login, method: http.MethodPost, path: other + "/criteria",
					form: criterion, status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot edit another commune's criterion", login: login, method: http.MethodPost, path: otherCrit,
					form: criterion, status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot move another commune's criterion", login: login, method: http.MethodPost, path: otherCrit + "/move",
					form: url.Values{"direction": {"down"}}, status: http.StatusNotFound, notWant: secrets},
				scenario{name: login + " cannot delete another commune's criterion", login: login, method: http.MethodPost, path: otherCrit + "/delete",
					status: http.StatusNotFound, notWant: secrets},
			)
		}
		return sc
	})
}

// TestCrossCommuneAttemptsChangeNothing sends every write to the other
// commune's program and criterion, then checks the program is as it was.
func TestCrossCommuneAttemptsChangeNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		before := h.program(h.other.Program.ID)
		other := fmt.Sprintf("/programs/%d", h.other.Program.ID)
		otherCrit := fmt.Sprintf("/criteria/%d", h.other.Criterion.ID)
		admin := h.as("quantri")
		admin.post(other, url.Values{"date": {"01/01/2026"}, "year": {"2030"}, "title": {"Chiếm"}})
		admin.post(other+"/groups", url.Values{"numeral": {"IX"}, "name": {"Chiếm"}})
		admin.post(other+"/criteria", url.Values{"group": {fmt.Sprint(before.Groups[0].ID)}, "text": {"Chiếm"}})
		admin.post(otherCrit, url.Values{"group": {fmt.Sprint(before.Groups[0].ID)}, "text": {"Chiếm"}})
		admin.post(otherCrit+"/move", url.Values{"direction": {"up"}})
		admin.post(otherCrit+"/delete", nil)
		sameProgram(t, "cross-commune writes", before, h.program(h.other.Program.ID))

		// A criterion of Xuân Hưng may not be moved into a group of Xuân Hòa.
		p := h.demoProgram()
		res := admin.post(fmt.Sprintf("/criteria/%d", p.Groups[0].Criteria[1].ID), url.Values{
			"group": {fmt.Sprint(before.Groups[0].ID)}, "text": {"Chuyển sang xã khác"}})
		if res.status != http.StatusUnprocessableEntity {
			t.Errorf("moving into another commune's group: %d, want 422", res.status)
		}
		sameProgram(t, "a move into another commune's group", p, h.demoProgram())
		sameProgram(t, "a move into another commune's group", before, h.program(h.other.Program.ID))
	})
}
