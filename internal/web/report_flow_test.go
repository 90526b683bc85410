package web

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

var reportMarch = domain.MonthPeriod(2026, 3)

// reportComposeForm is the compose form as the demo shows it, with changes.
func reportComposeForm(changes map[string]string) url.Values {
	f := url.Values{
		"number": {""}, "date": {""}, "authority": {"T/M BAN THƯỜNG VỤ"}, "position": {"PHÓ BÍ THƯ"},
		"signer": {"Bùi Thị Hồng Chiên"}, "recipients": {"Ủy Ban Kiểm tra tỉnh uỷ,\nBan Thường vụ Đảng uỷ,\nLưu VPĐU."},
	}
	for k, v := range changes {
		f.Set(k, v)
	}
	return f
}

// TestComposeIssueUnlockReissue follows a report from its narrative to its
// issue, the lock, the unlock with a reason and a second issue.
func TestComposeIssueUnlockReissue(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin, leader := h.as("quantri"), h.as("lanhdao")
		narrative := "Tháng 3, các cơ quan, đơn vị đã hoàn thành đúng hạn phần lớn chỉ tiêu quý I."
		res := admin.post("/reports/2026-03", reportComposeForm(map[string]string{"assessment": narrative, "recommendations": "Đề nghị tỉnh hỗ trợ kinh phí số hóa."}))
		if res.status != http.StatusSeeOther || res.location != "/reports/2026-03" {
			t.Fatalf("save: %d %q\n%s", res.status, res.location, excerpt(res.body))
		}
		if page := admin.get(res.location); !strings.Contains(page.body, "Đã lưu nội dung báo cáo tháng 3 năm 2026.") || !strings.Contains(page.body, "riêng kỳ này") {
			t.Error("the compose page shows no flash or no mark of the period's own text")
		}
		preview := admin.get("/reports/2026-03/preview")
		for _, want := range []string{narrative, "Đề nghị tỉnh hỗ trợ kinh phí số hóa."} {
			if !strings.Contains(preview.body, want) {
				t.Errorf("the preview lacks %q", want)
			}
		}

		issue := func(number, date string) response {
			return leader.post("/reports/2026-03/issue", url.Values{"number": {number}, "date": {date}})
		}
		res = issue("12", "31/03/2026")
		if res.status != http.StatusSeeOther {
			t.Fatalf("issue: %d\n%s", res.status, excerpt(res.body))
		}
		page := leader.get(res.location)
		for _, want := range []string{"Đã ban hành báo cáo số 12-BC/ĐU ngày 31/03/2026", "Số 12-BC/ĐU ngày 31/03/2026", "Hiện hành", "đã khóa", `action="/reports/2026-03/unlock"`} {
			if !strings.Contains(page.body, want) {
				t.Errorf("after the issue the page lacks %q", want)
			}
		}
		if strings.Contains(page.body, "Lưu nội dung") || strings.Contains(page.body, `action="/reports/2026-03/issue"`) {
			t.Error("a locked period still offers the form or the issue")
		}

		issued, err := h.store.IssuedReports(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly)
		must(t, err)
		if len(issued) != 1 || issued[0].Number != "12" || issued[0].IssuedBy != "lanhdao" {
			t.Fatalf("issued reports: %+v", issued)
		}
		first := reportStoredIssue(t, h, issued[0].ID)
		checkIssuedDownloads(t, leader, first)
		xml := reportDocumentXML(t, first.DOCX)
		for _, want := range []string{"Số 12-BC/ĐU", "ngày 31 tháng 3 năm 2026", narrative} {
			if !strings.Contains(xml, want) {
				t.Errorf("the issued DOCX lacks %q", want)
			}
		}
		if !reportLocked(t, h) {
			t.Fatal("the period is not locked after the issue")
		}

		if r := issue("13", "01/04/2026"); r.status != http.StatusConflict || !strings.Contains(r.body, "đã khóa") {
			t.Errorf("issuing a locked period: %d, want 409", r.status)
		}
		if r := admin.post("/reports/2026-03", reportComposeForm(map[string]string{"assessment": "Sửa khi đã khóa"})); r.status != http.StatusConflict {
			t.Errorf("composing a locked period: %d, want 409", r.status)
		}
		if n := reportIssueCount(t, h); n != 1 {
			t.Errorf("refused writes made issues: %d", n)
		}

		if r := leader.post("/reports/2026-03/unlock", url.Values{"reason": {"ngắn"}}); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "ít nhất 10 ký tự") {
			t.Errorf("unlock with a short reason: %d", r.status)
		}
		if !reportLocked(t, h) {
			t.Fatal("a refused unlock unlocked")
		}
		reason := "Bổ sung số liệu tiêu chí 5 theo báo cáo của Phòng VH-XH"
		if r := leader.post("/reports/2026-03/unlock", url.Values{"reason": {reason}}); r.status != http.StatusSeeOther {
			t.Fatalf("unlock: %d\n%s", r.status, excerpt(r.body))
		}
		if reportLocked(t, h) {
			t.Fatal("still locked after the unlock")
		}

		if r := issue("13", "02/04/2026"); r.status != http.StatusSeeOther {
			t.Fatalf("reissue: %d\n%s", r.status, excerpt(r.body))
		}
		issued, err = h.store.IssuedReports(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly)
		must(t, err)
		if len(issued) != 2 || issued[0].Number != "13" || !issued[0].SupersededAt.IsZero() || issued[1].SupersededAt.IsZero() {
			t.Fatalf("after the reissue: %+v", issued)
		}
		checkIssuedDownloads(t, leader, first) // the superseded issue is still there, byte for byte
		if p := leader.get("/reports/2026-03"); !strings.Contains(p.body, "Đã thay thế") || !strings.Contains(p.body, "Số 13-BC/ĐU") {
			t.Error("the compose page does not list the superseded issue")
		}
		if l := leader.get("/reports"); !strings.Contains(l.body, "Số 13, ngày 02/04/2026") || !strings.Contains(l.body, "1 bản cũ đã thay thế") || !strings.Contains(l.body, "Đã khóa") {
			t.Error("the list does not show the current issue, the superseded one and the lock")
		}

		log := admin.get("/audit").body
		for _, want := range []string{"Sửa nội dung báo cáo", "Ban hành báo cáo", "Mở khóa số liệu", reason, "báo cáo tháng 3 năm 2026", "lanhdao", "docx_sha256"} {
			if !strings.Contains(log, want) {
				t.Errorf("the audit log lacks %q", want)
			}
		}
	})
}

func reportStoredIssue(t *testing.T, h *harness, id int64) domain.IssuedReport {
	t.Helper()
	ir, err := h.store.IssuedReport(t.Context(), h.org.ID, id)
	must(t, err)
	return ir
}

// checkIssuedDownloads downloads both documents of an issue and compares
// them byte for byte with what the store kept.
func checkIssuedDownloads(t *testing.T, c *client, ir domain.IssuedReport) {
	t.Helper()
	for format, want := range map[string][]byte{"docx": ir.DOCX, "pdf": ir.PDF} {
		r := c.get(fmt.Sprintf("/reports/2026-03/issued/%d/%s", ir.ID, format))
		if r.status != http.StatusOK || !bytes.Equal([]byte(r.body), want) {
			t.Errorf("issued %s %d: status %d, %d bytes, want the %d stored bytes", format, ir.ID, r.status, len(r.body), len(want))
		}
		if cd := r.header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") || !strings.Contains(cd, "bao-cao-nq57-xuan-hung-2026-03-so-"+ir.Number+"."+format) {
			t.Errorf("issued %s: Content-Disposition %q", format, cd)
		}
	}
}

func reportDocumentXML(t *testing.T, docx []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	must(t, err)
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			must(t, err)
			defer rc.Close()
			b, err := io.ReadAll(rc)
			must(t, err)
			return string(b)
		}
	}
	t.Fatal("the DOCX has no word/document.xml")
	return ""
}

func reportLocked(t *testing.T, h *harness) bool {
	t.Helper()
	ok, err := h.store.PeriodLocked(t.Context(), h.org.ID, reportMarch)
	must(t, err)
	return ok
}

func reportIssueCount(t *testing.T, h *harness) int {
	t.Helper()
	issued, err := h.store.IssuedReports(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly)
	must(t, err)
	return len(issued)
}
