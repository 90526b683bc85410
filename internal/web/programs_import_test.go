package web

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
)

func writeWorkbook(t *testing.T, p domain.Program) []byte {
	t.Helper()
	var buf bytes.Buffer
	must(t, excel.WriteProgram(&buf, p))
	return buf.Bytes()
}

func readWorkbook(t *testing.T, data []byte) domain.Program {
	t.Helper()
	p, err := excel.ReadProgram(bytes.NewReader(data))
	must(t, err)
	return p
}

// editCells sets cells of a workbook ("Tiêu chí", "E3", "khoảng 95").
func editCells(t *testing.T, data []byte, cells [][3]string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	must(t, err)
	defer f.Close()
	for _, c := range cells {
		must(t, f.SetCellStr(c[0], c[1], c[2]))
	}
	var buf bytes.Buffer
	must(t, f.Write(&buf))
	return buf.Bytes()
}

// hiddenWorkbook returns the workbook that a preview carries to its confirm form.
func hiddenWorkbook(t *testing.T, body string) string {
	t.Helper()
	v := between(body, `name="workbook" value="`, `"`)
	if v == "" {
		t.Fatalf("the preview has no workbook to confirm\n%s", excerpt(body))
	}
	return html.UnescapeString(v)
}

func TestImportingAWorkbookPreviewsThenSaves(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		before := h.demoProgram()
		next := h.demoProgram()
		next.Title = "Chương trình công tác năm 2026 (sửa đổi)"
		next.Groups[0].Criteria[1].Text = "100% thôn, xóm được phủ sóng 5G"
		g := &next.Groups[2]
		g.Criteria = append(g.Criteria, domain.Criterion{Number: 15, Text: "Mỗi thôn có một tổ công nghệ số cộng đồng",
			Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 1, Unit: "tổ"}}, Roles: domain.Roles{Lead: domain.Role{Text: "Phòng VH-XH"}}})
		admin := h.as("quantri")

		res := admin.upload("/programs/import", "chương trình sửa.xlsx", writeWorkbook(t, next))
		if res.status != http.StatusOK {
			t.Fatalf("preview: %d\n%s", res.status, excerpt(res.body))
		}
		for _, want := range []string{"cập nhật chương trình 02-CTr/BCĐ", "Sửa thông tin chung", "Sửa tiêu chí", "I.2", "100% thôn, xóm được phủ sóng 5G",
			"Thay đổi: nội dung", "Thêm tiêu chí", "III.15", "Mỗi thôn có một tổ công nghệ số cộng đồng", "3 thay đổi", "Xác nhận nhập", "Chưa có gì được lưu"} {
			if !strings.Contains(res.body, want) {
				t.Errorf("preview: missing %q", want)
			}
		}
		sameProgram(t, "the preview", before, h.demoProgram())

		confirm := admin.post("/programs/import/confirm", url.Values{"workbook": {hiddenWorkbook(t, res.body)}, "filename": {"chương trình sửa.xlsx"}})
		if confirm.status != http.StatusSeeOther || confirm.location != fmt.Sprintf("/programs/%d", before.ID) {
			t.Fatalf("confirm: %d %q\n%s", confirm.status, confirm.location, excerpt(confirm.body))
		}
		if page := admin.get(confirm.location); !strings.Contains(page.body, "Đã nhập chương trình 02-CTr/BCĐ từ Excel: 3 thay đổi.") {
			t.Errorf("no flash after import\n%s", excerpt(page.body))
		}
		after := h.demoProgram()
		if after.Title != next.Title || after.CriteriaCount() != 40 || after.Groups[0].Criteria[1].Text != "100% thôn, xóm được phủ sóng 5G" {
			t.Errorf("after import: %q, %d criteria", after.Title, after.CriteriaCount())
		}
		if after.Groups[0].Criteria[1].ID != before.Groups[0].Criteria[1].ID {
			t.Error("the changed criterion lost its ID")
		}
		added := after.Groups[2].Criteria[14]
		if added.Roles.Lead.Text != "Phòng VH-XH" || len(added.Roles.Lead.UnitIDs) != 1 || added.Roles.Lead.UnitIDs[0] != h.unitNamed("Phòng VH-XH").ID {
			t.Errorf("added criterion's roles %+v", added.Roles)
		}
		if a := h.lastAudit(); a.Action != "program.import" || !strings.Contains(a.Before, "Chương trình công tác năm 2026\"") || !strings.Contains(a.After, "III.15") {
			t.Errorf("audit %+v", a)
		}

		again := admin.upload("/programs/import", "lại.xlsx", writeWorkbook(t, after))
		if again.status != http.StatusOK || !strings.Contains(again.body, "không có gì thay đổi") || strings.Contains(again.body, "Xác nhận nhập") {
			t.Errorf("re-importing the same program: %d\n%s", again.status, excerpt(again.body))
		}
		// Confirming it anyway (sent directly) saves and records nothing.
		audited := h.lastAudit()
		confirmAgain := admin.post("/programs/import/confirm", url.Values{"workbook": {encode(writeWorkbook(t, after))}})
		if confirmAgain.status != http.StatusOK || !strings.Contains(confirmAgain.body, "không có gì thay đổi") {
			t.Errorf("confirming the same program: %d\n%s", confirmAgain.status, excerpt(confirmAgain.body))
		}
		if a := h.lastAudit(); a.ID != audited.ID {
			t.Errorf("confirming the same program was audited: %+v", a)
		}
	})
}

func TestImportingANewProgram(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		next := h.demoProgram()
		next.Number = "07-CTr/BCĐ"
		admin := h.as("lanhdao")
		res := admin.upload("/programs/import", "moi.xlsx", writeWorkbook(t, next))
		if res.status != http.StatusOK || !strings.Contains(res.body, "chương trình mới 07-CTr/BCĐ") || !strings.Contains(res.body, "3 nhóm, 39 tiêu chí") {
			t.Fatalf("preview: %d\n%s", res.status, excerpt(res.body))
		}
		confirm := admin.post("/programs/import/confirm", url.Values{"workbook": {hiddenWorkbook(t, res.body)}})
		if confirm.status != http.StatusSeeOther {
			t.Fatalf("confirm: %d\n%s", confirm.status, excerpt(confirm.body))
		}
		list := admin.get("/programs")
		if !strings.Contains(list.body, "07-CTr/BCĐ") || !strings.Contains(list.body, demoNumber) {
			t.Error("the list lacks a program")
		}
		if a := h.lastAudit(); a.Action != "program.import" || a.Before != "" {
			t.Errorf("audit %+v", a)
		}
	})
}

func TestABrokenWorkbookListsEveryProblemAndSavesNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		before := h.demoProgram()
		audit := h.lastAudit()
		broken := editCells(t, writeWorkbook(t, before), [][3]string{
			{"Tiêu chí", "E3", "khoảng 95 phần trăm"},
			{"Tiêu chí", "D5", ""},
			{"Chương trình", "B2", "31/13/2026"},
		})
		admin := h.as("quantri")
		res := admin.upload("/programs/import", "hong.xlsx", broken)
		if res.status != http.StatusUnprocessableEntity {
			t.Fatalf("broken workbook: %d, want 422\n%s", res.status, excerpt(res.body))
		}
		for _, want := range []string{"chưa nhập gì", "Tiêu chí!E3", "khoảng 95 phần trăm", "Tiêu chí!D5", "Chương trình!B2", `name="file"`} {
			if !strings.Contains(res.body, want) {
				t.Errorf("problems: missing %q", want)
			}
		}
		if strings.Contains(res.body, "Xác nhận nhập") || strings.Contains(res.body, `name="workbook"`) {
			t.Error("a broken workbook may not be confirmed")
		}
		// The confirm route checks again and refuses a broken workbook sent directly.
		confirm := admin.post("/programs/import/confirm", url.Values{"workbook": {encode(broken)}})
		if confirm.status != http.StatusUnprocessableEntity || !strings.Contains(confirm.body, "Tiêu chí!E3") {
			t.Errorf("confirming a broken workbook: %d", confirm.status)
		}
		if r := admin.post("/programs/import/confirm", url.Values{"workbook": {"không phải base64!"}}); r.status != http.StatusBadRequest {
			t.Errorf("a mangled confirm: %d, want 400", r.status)
		}
		notExcel := admin.upload("/programs/import", "ghichu.txt", []byte("đây không phải bảng tính"))
		if notExcel.status != http.StatusUnprocessableEntity || !strings.Contains(notExcel.body, "không phải là bảng tính Excel") {
			t.Errorf("a text file: %d\n%s", notExcel.status, excerpt(notExcel.body))
		}
		if r := admin.upload("/programs/import", "trong.xlsx", nil); r.status != http.StatusUnprocessableEntity {
			t.Errorf("an empty file: %d", r.status)
		}
		sameProgram(t, "broken imports", before, h.demoProgram())
		if a := h.lastAudit(); a.ID != audit.ID {
			t.Errorf("a refused import was audited: %+v", a)
		}
	})
}

func TestAnImportThatDropsCriteriaWithDataIsRefused(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		before := h.demoProgram()
		next := h.demoProgram()
		next.Groups[0].Criteria = next.Groups[0].Criteria[1:] // drops I.1, which has data
		admin := h.as("quantri")
		workbook := writeWorkbook(t, next)
		res := admin.upload("/programs/import", "bot.xlsx", workbook)
		if res.status != http.StatusConflict || !strings.Contains(res.body, "đã có số liệu, không thể xóa") || strings.Contains(res.body, "Xác nhận nhập") {
			t.Fatalf("preview of a refused import: %d\n%s", res.status, excerpt(res.body))
		}
		confirm := admin.post("/programs/import/confirm", url.Values{"workbook": {encode(workbook)}})
		if confirm.status != http.StatusConflict || !strings.Contains(confirm.body, "không thể xóa") {
			t.Errorf("confirm of a refused import: %d", confirm.status)
		}
		sameProgram(t, "a refused import", before, h.demoProgram())
	})
}

func TestATooLargeWorkbookIsRefused(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		big := make([]byte, DefaultConfig().MaxUploadBytes+1)
		res := h.as("quantri").upload("/programs/import", "lon.xlsx", big)
		if res.status != http.StatusRequestEntityTooLarge || !strings.Contains(res.body, "Tệp quá lớn: tối đa 10 MB.") {
			t.Errorf("a large file: %d\n%s", res.status, excerpt(res.body))
		}
	})
}
