package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

func TestCreatingAProgram(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		bad := admin.post("/programs", url.Values{"number": {""}, "date": {"31/02/2026"}, "year": {"năm nay"}, "title": {"Giữ lại"}})
		if bad.status != http.StatusUnprocessableEntity {
			t.Fatalf("bad form: %d, want 422", bad.status)
		}
		for _, want := range []string{"Nhập số, ký hiệu", "không đúng dạng dd/mm/yyyy", "Năm phải là số từ 2000 đến 2100", `value="Giữ lại"`, `aria-invalid="true"`} {
			if !strings.Contains(bad.body, want) {
				t.Errorf("bad form: missing %q", want)
			}
		}
		dup := admin.post("/programs", url.Values{"number": {demoNumber}, "date": {"01/01/2026"}, "year": {"2026"}, "title": {"Ghi đè"}})
		if dup.status != http.StatusUnprocessableEntity || !strings.Contains(dup.body, "Đã có chương trình số 02-CTr/BCĐ") {
			t.Errorf("a taken number: %d\n%s", dup.status, excerpt(dup.body))
		}
		if p := h.demoProgram(); p.Title == "Ghi đè" {
			t.Error("creating with a taken number overwrote the program")
		}
		programs, err := h.store.Programs(context.Background(), h.org.ID)
		must(t, err)
		if len(programs) != 1 {
			t.Fatalf("refused forms saved a program: %d programs", len(programs))
		}

		res := admin.post("/programs", url.Values{"number": {"05-CTr/ĐU"}, "date": {"15/03/2026"}, "year": {"2026"},
			"issuing_body": {"Đảng ủy xã Xuân Hưng"}, "title": {"Chương trình hành động"}})
		if res.status != http.StatusSeeOther || !strings.HasPrefix(res.location, "/programs/") {
			t.Fatalf("create: %d %q\n%s", res.status, res.location, excerpt(res.body))
		}
		page := admin.get(res.location)
		for _, want := range []string{"Đã tạo chương trình 05-CTr/ĐU", "Chương trình hành động", "15/03/2026", "chưa có nhóm nào"} {
			if !strings.Contains(page.body, want) {
				t.Errorf("new program page: missing %q", want)
			}
		}
		if a := h.lastAudit(); a.Action != "program.add" || !strings.Contains(a.After, "05-CTr/ĐU") || a.UserName != "quantri" {
			t.Errorf("audit %+v", a)
		}
	})
}

func TestEditingTheProgramHeader(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		path := fmt.Sprintf("/programs/%d", p.ID)
		leader := h.as("lanhdao")
		bad := leader.post(path, url.Values{"date": {"hôm qua"}, "year": {"2026"}, "title": {"Tên mới"}})
		if bad.status != http.StatusUnprocessableEntity || !strings.Contains(bad.body, "không đúng dạng dd/mm/yyyy") || !strings.Contains(bad.body, `value="Tên mới"`) {
			t.Fatalf("bad date: %d\n%s", bad.status, excerpt(bad.body))
		}
		sameProgram(t, "a refused header edit", p, h.demoProgram())

		res := leader.post(path, url.Values{"date": {"5/2/2026"}, "year": {"2026"}, "title": {"Tên mới"}, "issuing_body": {p.IssuingBody},
			"number": {"đổi-số-hiệu"}, "version": {fmt.Sprint(p.Version)}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("edit header: %d\n%s", res.status, excerpt(res.body))
		}
		after := h.demoProgram()
		if after.Title != "Tên mới" || !after.Date.Equal(domain.Date(2026, 2, 5)) || after.Number != demoNumber || after.CriteriaCount() != 39 {
			t.Errorf("after edit: %q %v %q %d", after.Title, after.Date, after.Number, after.CriteriaCount())
		}
		if a := h.lastAudit(); a.Action != "program.edit" || !strings.Contains(a.Before, "Chương trình công tác năm 2026") || !strings.Contains(a.After, "Tên mới") {
			t.Errorf("audit %+v", a)
		}
	})
}

func TestAddingGroupsAndCriteria(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		path := fmt.Sprintf("/programs/%d", p.ID)
		admin := h.as("quantri")
		if res := admin.post(path+"/groups", url.Values{"numeral": {"II"}, "name": {"Trùng"}}); res.status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.body, "Chương trình đã có nhóm II") {
			t.Errorf("a taken numeral: %d", res.status)
		}
		if res := admin.post(path+"/groups", url.Values{"numeral": {"IV"}, "name": {"Chính quyền số"}}); res.status != http.StatusSeeOther {
			t.Fatalf("add group: %d\n%s", res.status, excerpt(res.body))
		}
		p = h.demoProgram()
		group := p.Groups[3]
		if group.Numeral != "IV" || group.Name != "Chính quyền số" || len(group.Criteria) != 0 {
			t.Fatalf("new group %+v", group)
		}

		form := url.Values{"group": {fmt.Sprint(group.ID)}, "text": {"100% giáo viên và ≥ 65% học sinh có kỹ năng số"},
			"targets": {"= 100 % (giáo viên); ≥ 65 % (học sinh)"}, "monitoring": {"Phòng VH-XH"},
			"lead": {"Phòng VH-XH; Các trường học"}, "coordinating": {"Các cơ quan, đơn vị liên quan"}}
		res := admin.post(path+"/criteria", form)
		if res.status != http.StatusSeeOther {
			t.Fatalf("add criterion: %d\n%s", res.status, excerpt(res.body))
		}
		c := h.demoProgram().Groups[3].Criteria[0]
		vhxh := h.unitNamed("Phòng VH-XH")
		want := []domain.Target{{Comparator: domain.Equal, Threshold: 100, Unit: "%", Label: "giáo viên"}, {Comparator: domain.AtLeast, Threshold: 65, Unit: "%", Label: "học sinh"}}
		if c.Number != 1 || !reflect.DeepEqual(c.Targets, want) || c.Roles.Lead.Text != "Phòng VH-XH; Các trường học" ||
			!reflect.DeepEqual(c.Roles.Lead.UnitIDs, []int64{vhxh.ID}) || c.Roles.Coordinating.Text != "Các cơ quan, đơn vị liên quan" || len(c.Roles.Coordinating.UnitIDs) != 0 {
			t.Errorf("saved criterion %+v", c)
		}
		if a := h.lastAudit(); a.Action != "criterion.add" || !strings.Contains(a.Entity, "IV.1") || !strings.Contains(a.After, "học sinh") {
			t.Errorf("audit %+v", a)
		}
		form.Set("text", "Tiêu chí thứ hai")
		form.Set("targets", "Đạt")
		admin.post(path+"/criteria", form)
		if c := h.demoProgram().Groups[3].Criteria[1]; c.Number != 2 || len(c.Targets) != 0 {
			t.Errorf("second criterion %+v", c)
		}
	})
}

func TestBadCriterionInputSavesNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		admin := h.as("quantri")
		audit := h.lastAudit()
		target := p.Groups[0].Criteria[0]
		for _, tc := range []struct {
			name, path string
			form       url.Values
			want       []string
		}{
			{"new with bad targets", fmt.Sprintf("/programs/%d/criteria", p.ID),
				url.Values{"group": {fmt.Sprint(p.Groups[0].ID)}, "text": {"Giữ nội dung này"}, "targets": {"khoảng 95 phần trăm"}, "lead": {"VPĐU"}},
				[]string{"Chỉ tiêu &#34;khoảng 95 phần trăm&#34; không đúng dạng", `id="targets-error"`, "Giữ nội dung này", `value="VPĐU"`}},
			{"new with a reversed range", fmt.Sprintf("/programs/%d/criteria", p.ID),
				url.Values{"group": {fmt.Sprint(p.Groups[0].ID)}, "text": {"Khoảng"}, "targets": {"từ 90 đến 80 %"}},
				[]string{"cận dưới lớn hơn cận trên"}},
			{"new without text or group", fmt.Sprintf("/programs/%d/criteria", p.ID),
				url.Values{"group": {"0"}, "text": {"  "}, "targets": {"≥ 95 %"}},
				[]string{"Nhập nội dung tiêu chí.", "Chọn nhóm của tiêu chí."}},
			{"edit with bad targets", fmt.Sprintf("/criteria/%d", target.ID),
				url.Values{"group": {fmt.Sprint(p.Groups[0].ID)}, "text": {"Đổi nội dung"}, "targets": {"≥ chín lăm %"}},
				[]string{"Sửa tiêu chí I.1", "không đúng dạng", "Đổi nội dung"}},
		} {
			res := admin.post(tc.path, tc.form)
			if res.status != http.StatusUnprocessableEntity {
				t.Errorf("%s: status %d, want 422", tc.name, res.status)
			}
			for _, w := range tc.want {
				if !strings.Contains(res.body, w) {
					t.Errorf("%s: missing %q", tc.name, w)
				}
			}
		}
		sameProgram(t, "refused criterion forms", p, h.demoProgram())
		if a := h.lastAudit(); a.ID != audit.ID {
			t.Errorf("a refused form was audited: %+v", a)
		}
	})
}

func TestEditingACriterionKeepsItsIDAndData(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		c := p.Groups[0].Criteria[0] // I.1, met in February: it has data
		admin := h.as("quantri")
		res := admin.post(fmt.Sprintf("/criteria/%d", c.ID), url.Values{"group": {fmt.Sprint(p.Groups[1].ID)},
			"text": {"Tỷ lệ phủ sóng 5G trên dân số ≥ 97%"}, "targets": {"≥ 97 %"},
			"monitoring": {"Phòng Kinh tế"}, "lead": {c.Roles.Lead.Text}, "coordinating": {c.Roles.Coordinating.Text}, "version": {fmt.Sprint(c.Version)}})
		if res.status != http.StatusSeeOther || !strings.Contains(res.location, fmt.Sprintf("#c-%d", c.ID)) {
			t.Fatalf("edit: %d %q\n%s", res.status, res.location, excerpt(res.body))
		}
		after := h.demoProgram()
		g, moved := findCriterion(&after, c.ID)
		if g == nil || g.Numeral != "II" || moved.Number != 13 || moved.Text != "Tỷ lệ phủ sóng 5G trên dân số ≥ 97%" || domain.FormatTargets(moved.Targets) != "≥ 97 %" {
			t.Fatalf("after edit the criterion is %+v in %+v", moved, g)
		}
		if first := after.Groups[0].Criteria[0]; first.Number != 1 || first.ID != p.Groups[0].Criteria[1].ID {
			t.Errorf("group I was not renumbered: %+v", first)
		}
		history, err := h.store.ProgressUpTo(context.Background(), p.ID, domain.MonthPeriod(2026, 3))
		must(t, err)
		if len(history[c.ID]) == 0 {
			t.Error("the criterion lost its progress")
		}
		if a := h.lastAudit(); a.Action != "criterion.edit" || !strings.Contains(a.Before, "≥ 95 %") || !strings.Contains(a.After, "II.13") {
			t.Errorf("audit %+v", a)
		}
	})
}

func TestMovingCriteria(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		g := p.Groups[0]
		admin := h.as("quantri")
		third := g.Criteria[2]
		res := admin.post(fmt.Sprintf("/criteria/%d/move", third.ID), url.Values{"direction": {"up"}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("move: %d\n%s", res.status, excerpt(res.body))
		}
		if page := admin.get(res.location); !strings.Contains(page.body, "Đã chuyển tiêu chí I.3 thành I.2") {
			t.Errorf("no flash after the move")
		}
		after := h.demoProgram().Groups[0].Criteria
		if after[1].ID != third.ID || after[2].ID != g.Criteria[1].ID {
			t.Errorf("order after moving I.3 up: %d %d", after[1].ID, after[2].ID)
		}
		for i, c := range after {
			if c.Number != i+1 {
				t.Errorf("criterion %d numbered %d", i+1, c.Number)
			}
		}
		if a := h.lastAudit(); a.Action != "criterion.move" || a.Before != `"I.3"` || a.After != `"I.2"` {
			t.Errorf("audit %+v", a)
		}

		before := h.demoProgram()
		res = admin.post(fmt.Sprintf("/criteria/%d/move", after[0].ID), url.Values{"direction": {"up"}})
		if page := admin.get(res.location); !strings.Contains(page.body, "đã ở đầu nhóm") {
			t.Errorf("moving the first up: %d %q", res.status, res.location)
		}
		last := after[len(after)-1]
		admin.post(fmt.Sprintf("/criteria/%d/move", last.ID), url.Values{"direction": {"down"}})
		if res := admin.post(fmt.Sprintf("/criteria/%d/move", last.ID), url.Values{"direction": {"sideways"}}); res.status != http.StatusBadRequest {
			t.Errorf("a bad direction: %d, want 400", res.status)
		}
		sameProgram(t, "moves past the ends", before, h.demoProgram())
	})
}

func TestDeletingCriteria(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		admin := h.as("quantri")
		withData := p.Groups[0].Criteria[0] // I.1 has progress
		res := admin.post(fmt.Sprintf("/criteria/%d/delete", withData.ID), nil)
		if res.status != http.StatusConflict || !strings.Contains(res.body, "tiêu chí I.1 đã có số liệu, không thể xóa") || !strings.Contains(res.body, `role="alert"`) {
			t.Fatalf("deleting a criterion with data: %d\n%s", res.status, excerpt(res.body))
		}
		sameProgram(t, "a refused delete", p, h.demoProgram())

		path := fmt.Sprintf("/programs/%d", p.ID)
		group := p.Groups[2]
		admin.post(path+"/criteria", url.Values{"group": {fmt.Sprint(group.ID)}, "text": {"Tạm"}, "targets": {"≥ 1 sản phẩm"}})
		admin.post(path+"/criteria", url.Values{"group": {fmt.Sprint(group.ID)}, "text": {"Giữ"}, "targets": {"Đạt"}})
		added := h.demoProgram().Groups[2].Criteria
		temp, keep := added[len(added)-2], added[len(added)-1]
		res = admin.post(fmt.Sprintf("/criteria/%d/delete", temp.ID), nil)
		if res.status != http.StatusSeeOther {
			t.Fatalf("delete: %d\n%s", res.status, excerpt(res.body))
		}
		left := h.demoProgram().Groups[2].Criteria
		if len(left) != len(group.Criteria)+1 || left[len(left)-1].ID != keep.ID || left[len(left)-1].Number != len(left) {
			t.Errorf("after delete: %d criteria, last %+v", len(left), left[len(left)-1])
		}
		if a := h.lastAudit(); a.Action != "criterion.delete" || !strings.Contains(a.Before, "Tạm") || a.After != "" {
			t.Errorf("audit %+v", a)
		}
	})
}

func TestExportingAProgram(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		res := h.as("xem").get(fmt.Sprintf("/programs/%d/export.xlsx", p.ID))
		if res.status != http.StatusOK || res.header.Get("Content-Type") != ui.XLSXType {
			t.Fatalf("export: %d %q", res.status, res.header.Get("Content-Type"))
		}
		cd := res.header.Get("Content-Disposition")
		for _, want := range []string{"attachment; filename=chuong-trinh-02-ctr-bcd.xlsx;", "filename*=utf-8''Ch%C6%B0%C6%A1ng"} {
			if !strings.Contains(cd, want) {
				t.Errorf("Content-Disposition %q lacks %q", cd, want)
			}
		}
		back := readWorkbook(t, []byte(res.body))
		if back.Number != demoNumber || back.CriteriaCount() != 39 {
			t.Errorf("exported workbook reads back as %s with %d criteria", back.Number, back.CriteriaCount())
		}
	})
}
