package web

import (
	"bytes"
	"encoding/base64"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/web/ui"
)

// subUpload posts a file as the "file" field of a multipart form.
func (c *client) subUpload(path, name string, data []byte) response {
	c.h.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", name)
	must(c.h.t, err)
	_, err = fw.Write(data)
	must(c.h.t, err)
	must(c.h.t, mw.Close())
	req, err := http.NewRequest(http.MethodPost, c.h.srv.URL+path, &body)
	must(c.h.t, err)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return c.do(req)
}

// subImportRows are two good rows: one from pakn.nq57.vn with its code, one
// by phone.
func subImportRows() []domain.Submission {
	return []domain.Submission{
		{Channel: domain.ChannelPakn, ReceivedAt: statsVN(3, 5, 8).Add(30 * time.Minute), Kind: domain.KindRecommendation,
			Field: "chuyen doi so", Title: "Đề nghị lắp Wi-Fi miễn phí ở nhà văn hóa thôn Đông",
			Content:    "Đề nghị xã lắp thêm điểm phát Wi-Fi miễn phí ở nhà văn hóa thôn Đông cho người dân.",
			SenderName: "Nguyễn Văn An", SenderAddress: "Thôn Đông, xã Xuân Hưng", SenderPhone: "0912345678", TrackingCode: "PAKN-2026-000123"},
		{Channel: domain.ChannelPhone, ReceivedAt: statsVN(3, 20, 14), Kind: domain.KindFeedback,
			Title: "Phản ánh đường vào thôn Tây bị ngập khi mưa", Content: "Đường bê tông vào thôn Tây bị ngập sâu mỗi khi mưa lớn, đi lại khó khăn.",
			SenderName: "Lê Thị Cúc", SenderAddress: "Thôn Tây, xã Xuân Hưng", SenderEmail: "cuc@example.vn"},
	}
}

func subWorkbook(t *testing.T, subs []domain.Submission) []byte {
	t.Helper()
	var buf bytes.Buffer
	must(t, excel.WriteSubmissionsTemplate(&buf, subs))
	return buf.Bytes()
}

func subCount(t *testing.T, h *harness, orgID int64) int {
	t.Helper()
	subs, err := h.store.Submissions(t.Context(), orgID, time.Time{}, time.Time{})
	must(t, err)
	return len(subs)
}

func TestImportSubmissionsRoutesByRole(t *testing.T) {
	t.Parallel()
	statsRun(t, func(h *harness) []scenario {
		var out []scenario
		for _, login := range []string{"quantri", "lanhdao", "vanhoa", "vanphong"} {
			out = append(out, scenario{name: "form as " + login, login: login, path: "/submissions/import", status: http.StatusOK,
				want: []string{"Nhập phản ánh, kiến nghị từ Excel", `href="/submissions/import?template=1"`, `<label for="file">`}})
		}
		return append(out,
			scenario{name: "viewer may not import", login: "xem", path: "/submissions/import", status: http.StatusForbidden},
			scenario{name: "viewer may not confirm", login: "xem", method: http.MethodPost, path: "/submissions/import/confirm",
				form: url.Values{"workbook": {"eA=="}}, status: http.StatusForbidden},
			scenario{name: "anonymous is sent to sign in", path: "/submissions/import", status: http.StatusSeeOther, want: []string{"/login"}},
			scenario{name: "anonymous template", path: "/submissions/import?template=1", status: http.StatusSeeOther, want: []string{"/login"}},
			scenario{name: "confirm without a workbook", login: "vanphong", method: http.MethodPost, path: "/submissions/import/confirm",
				form: url.Values{"workbook": {"không phải base64"}}, status: http.StatusBadRequest, want: []string{"tải tệp lên lại"}},
		)
	})
}

func TestImportSubmissionsTemplateDownloads(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		res := h.as("vanhoa").get("/submissions/import?template=1")
		if res.status != http.StatusOK || res.header.Get("Content-Type") != ui.XLSXType {
			t.Fatalf("status %d, type %q", res.status, res.header.Get("Content-Type"))
		}
		wb, err := excelize.OpenReader(strings.NewReader(res.body))
		must(t, err)
		defer wb.Close()
		if v, _ := wb.GetCellValue(excel.SheetSubmissions, "A1"); v != "Kênh tiếp nhận" {
			t.Errorf("template A1 = %q", v)
		}
	})
}

func TestImportSubmissionsPreviewsThenRecordsAll(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		statsSeed(t, h)
		before, otherBefore := subCount(t, h, h.org.ID), subCount(t, h, h.other.Org.ID)
		c := h.as("vanphong")
		rows := subImportRows()
		// The second row repeats an earlier submission of the same sender.
		dup := rows[1]
		dup.ReceivedAt = statsVN(3, 21, 9)
		dup.TrackingCode = ""
		wbk := subWorkbook(t, append(rows, dup))
		res := c.subUpload("/submissions/import", "pakn-thang-3.xlsx", wbk)
		if res.status != http.StatusOK {
			t.Fatalf("preview: status %d\n%s", res.status, excerpt(res.body))
		}
		for _, w := range []string{"3 phản ánh, kiến nghị sẽ được ghi", "Xác nhận ghi 3", "PAKN-2026-000123", "10/03/2026 23:59", "giống dòng 3 của tệp", "Có 1 dòng giống"} {
			if !strings.Contains(res.body, w) {
				t.Errorf("preview lacks %q", w)
			}
		}
		if n := subCount(t, h, h.org.ID); n != before {
			t.Fatalf("the preview stored %d submissions", n-before)
		}
		done := c.post("/submissions/import/confirm", url.Values{"workbook": {hiddenSubWorkbook(t, res.body)}, "filename": {"pakn-thang-3.xlsx"}})
		if done.status != http.StatusSeeOther || done.location != "/submissions" {
			t.Fatalf("confirm: status %d to %q\n%s", done.status, done.location, excerpt(done.body))
		}
		if flash := done.header.Get("Set-Cookie"); !strings.Contains(flash, url.QueryEscape("Đã ghi 3 phản ánh, kiến nghị")) {
			t.Errorf("flash %q", flash)
		}
		if n := subCount(t, h, h.org.ID); n != before+3 {
			t.Fatalf("stored %d, want 3", n-before)
		}
		if n := subCount(t, h, h.other.Org.ID); n != otherBefore {
			t.Errorf("Xuân Hòa gained %d submissions", n-otherBefore)
		}
		subImportCheckStored(t, h)
	})
}

// subImportCheckStored checks what the import stored: channels, codes,
// deadlines (3 working days to accept), the duplicate link, the first event
// and the one audit entry.
func subImportCheckStored(t *testing.T, h *harness) {
	t.Helper()
	all, err := h.store.Submissions(t.Context(), h.org.ID, domain.Date(2026, 3, 5), domain.Date(2026, 3, 21))
	must(t, err)
	byTitle := map[string][]domain.Submission{}
	for _, s := range all {
		byTitle[s.Title] = append(byTitle[s.Title], s)
	}
	a := byTitle["Đề nghị lắp Wi-Fi miễn phí ở nhà văn hóa thôn Đông"]
	if len(a) != 1 || a[0].Channel != domain.ChannelPakn || a[0].TrackingCode != "PAKN-2026-000123" || a[0].Field != "Chuyển đổi số" ||
		a[0].Status != domain.SubmissionReceived || !a[0].DueAt.Equal(time.Date(2026, 3, 10, 23, 59, 59, 0, domain.Vietnam)) {
		t.Errorf("first row stored as %+v", a)
	}
	b := byTitle["Phản ánh đường vào thôn Tây bị ngập khi mưa"]
	if len(b) != 2 || b[0].Channel != domain.ChannelPhone || b[0].TrackingCode == "" || b[0].DuplicateOfID != 0 || b[1].DuplicateOfID != b[0].ID {
		t.Fatalf("phone rows stored as %+v", b)
	}
	// Received Friday 20/3 14:00: the 3 working days end on Wednesday 25/3.
	if !b[0].DueAt.Equal(time.Date(2026, 3, 25, 23, 59, 59, 0, domain.Vietnam)) {
		t.Errorf("due %v, want 25/3/2026 23:59:59", b[0].DueAt.In(domain.Vietnam))
	}
	events, err := h.store.SubmissionEvents(t.Context(), a[0].ID)
	must(t, err)
	if len(events) != 1 || events[0].Note != "Nhập từ Excel" || events[0].Actor == "" || events[0].Actor == "Người gửi" {
		t.Errorf("events %+v", events)
	}
	log, err := h.store.AuditLog(t.Context(), h.org.ID, 5, 0)
	must(t, err)
	if len(log) == 0 || log[0].Action != "submission.import" || log[0].UserName != "vanphong" || !strings.Contains(log[0].After, "PAKN-2026-000123") {
		t.Errorf("audit %+v", log)
	}
}

func hiddenSubWorkbook(t *testing.T, body string) string {
	t.Helper()
	v := between(body, `name="workbook" value="`, `"`)
	if v == "" {
		t.Fatalf("the preview has no workbook to confirm\n%s", excerpt(body))
	}
	return strings.ReplaceAll(v, "&#43;", "+")
}

func TestImportSubmissionsListsEveryProblemAndStoresNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		statsSeed(t, h)
		before := subCount(t, h, h.org.ID)
		rows := subImportRows()
		rows[0].Kind = "khiếu nại"
		rows[1].SenderEmail = "không phải thư"
		rows = append(rows, rows[0])
		rows[2].Kind, rows[2].Title = domain.KindFeedback, "Ngắn"
		c := h.as("vanhoa")
		res := c.subUpload("/submissions/import", "loi.xlsx", subWorkbook(t, rows))
		if res.status != http.StatusUnprocessableEntity {
			t.Fatalf("status %d\n%s", res.status, excerpt(res.body))
		}
		for _, w := range []string{
			"Phản ánh, kiến nghị!C2", "Phản ánh, kiến nghị!J3", "Phản ánh, kiến nghị!E4", "Phản ánh, kiến nghị!L4",
			"đã ghi ở dòng 2", "Tiêu đề quá ngắn", "chưa ghi gì",
		} {
			if !strings.Contains(res.body, w) {
				t.Errorf("problems lack %q", w)
			}
		}
		if strings.Contains(res.body, `name="workbook"`) {
			t.Error("a workbook with problems offers to confirm")
		}
		// Confirming it anyway (a forged form) stores nothing either.
		forged := c.post("/submissions/import/confirm", url.Values{"workbook": {encodeSub(subWorkbook(t, rows))}})
		if forged.status != http.StatusUnprocessableEntity {
			t.Errorf("forged confirm: status %d", forged.status)
		}
		if n := subCount(t, h, h.org.ID); n != before {
			t.Errorf("stored %d submissions from a bad workbook", n-before)
		}
	})
}

func TestImportSubmissionsRefusesACodeAlreadyStored(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("lanhdao")
		wbk := subWorkbook(t, subImportRows()[:1])
		res := c.subUpload("/submissions/import", "a.xlsx", wbk)
		done := c.post("/submissions/import/confirm", url.Values{"workbook": {hiddenSubWorkbook(t, res.body)}})
		if done.status != http.StatusSeeOther {
			t.Fatalf("first import: status %d", done.status)
		}
		again := c.subUpload("/submissions/import", "a.xlsx", wbk)
		if again.status != http.StatusUnprocessableEntity || !strings.Contains(again.body, "Phản ánh, kiến nghị!L2") ||
			!strings.Contains(again.body, "đã có trong hệ thống") {
			t.Errorf("second import: status %d\n%s", again.status, excerpt(again.body))
		}
		if n := subCount(t, h, h.org.ID); n != 1 {
			t.Errorf("%d stored, want 1", n)
		}
	})
}

func TestImportSubmissionsRefusesWhatIsNotAWorkbook(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("vanphong")
		res := c.subUpload("/submissions/import", "danh-sach.csv", []byte("Kênh tiếp nhận;Ngày tiếp nhận\npakn.nq57.vn;05/03/2026\n"))
		if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, "Không đọc được tệp Excel") ||
			!strings.Contains(res.body, "không phải") {
			t.Errorf("status %d\n%s", res.status, excerpt(res.body))
		}
		empty := c.post("/submissions/import", url.Values{})
		if empty.status != http.StatusUnprocessableEntity || !strings.Contains(empty.body, "Chọn tệp Excel") {
			t.Errorf("no file: status %d", empty.status)
		}
		if n := subCount(t, h, h.org.ID); n != 0 {
			t.Errorf("%d stored", n)
		}
	})
}

func encodeSub(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
