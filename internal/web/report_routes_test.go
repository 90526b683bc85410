package web

import (
	"net/http"
	"net/url"
	"testing"
)

// TestReportRoutes checks who may do what on the report screens, and that a
// malformed period or a foreign issue gets a clear 404.
func TestReportRoutes(t *testing.T) {
	t.Parallel()
	secrets := []string{"Xuân Hòa", "bí mật", "Bí mật"}
	marchPath := "/reports/2026-03"
	runScenarios(t, []scenario{
		{name: "anonymous is sent to sign in from the list", path: "/reports", status: http.StatusSeeOther, want: []string{"/login?next=%2Freports"}},
		{name: "anonymous is sent to sign in from a report", path: marchPath, status: http.StatusSeeOther, want: []string{"/login?next=%2Freports%2F2026-03"}},
		{name: "anonymous cannot download", path: marchPath + "/download/docx", status: http.StatusSeeOther, want: []string{"/login"}},
		{name: "anonymous cannot issue", method: http.MethodPost, path: marchPath + "/issue", form: url.Values{"number": {"12"}, "date": {"31/03/2026"}},
			status: http.StatusSeeOther, want: []string{"/login"}},

		{name: "viewer lists the periods of the year", login: "xem", path: "/reports", status: http.StatusOK,
			want: []string{"Báo cáo năm 2026", `href="/reports/2026-03"`, "tháng 3 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026",
				`href="/reports/2026"`, "/39", "Chưa đến kỳ", "Đang diễn ra", "Chưa ban hành", "Đang mở"},
			notWant: secrets},
		{name: "an unknown year falls back to the newest", login: "xem", path: "/reports?year=1999", status: http.StatusOK, want: []string{"Báo cáo năm 2026"}},
		{name: "viewer reads a report without a form", login: "xem", path: marchPath, status: http.StatusOK,
			want:    []string{"Báo cáo tháng 3 năm 2026", `title="Xem trước báo cáo"`, `src="/reports/2026-03/preview"`, marchPath + "/download/docx", marchPath + "/download/pdf", "Bùi Thị Hồng Chiên", "Bạn chỉ xem được"},
			notWant: append([]string{`action="/reports/2026-03"`, "/issue", "Lưu nội dung"}, secrets...)},
		{name: "staff reads a report without a form", login: "vanhoa", path: marchPath, status: http.StatusOK,
			want: []string{`title="Xem trước báo cáo"`}, notWant: []string{`action="/reports/2026-03"`, "/issue"}},
		{name: "admin gets the form but not the issue", login: "quantri", path: marchPath, status: http.StatusOK,
			want: []string{`action="/reports/2026-03"`, `name="assessment"`, `name="recipients"`, "Ủy Ban Kiểm tra tỉnh uỷ,", `for="date"`}, notWant: []string{"/issue", "Mở khóa"}},
		{name: "leader gets the form and the issue", login: "lanhdao", path: marchPath, status: http.StatusOK,
			want: []string{`action="/reports/2026-03"`, `action="/reports/2026-03/issue"`, "Ban hành và khóa số liệu"}, notWant: []string{"/unlock"}},
		{name: "a quarter composes too", login: "lanhdao", path: "/reports/2026-Q1", status: http.StatusOK, want: []string{"Báo cáo quý I năm 2026"}},
		{name: "a future month is marked not due", login: "xem", path: "/reports/2026-11", status: http.StatusOK, want: []string{"Kỳ này chưa đến"}},
		{name: "a malformed period is a clear 404", login: "xem", path: "/reports/2026-13", status: http.StatusNotFound, want: []string{"Không có kỳ báo cáo này", "tháng 13"}},
		{name: "a period that is not one is a 404", login: "xem", path: "/reports/ba", status: http.StatusNotFound, want: []string{"2026-03 (tháng)"}},
		{name: "a year without a program is a 404", login: "xem", path: "/reports/2031-01", status: http.StatusNotFound},

		{name: "viewer previews", login: "xem", path: marchPath + "/preview", status: http.StatusOK,
			want: []string{"BÁO CÁO", "ĐẢNG ỦY XÃ XUÂN HƯNG", "Bùi Thị Hồng Chiên", "Công văn số 202-CV/UBKTTU"}, notWant: secrets},
		{name: "staff downloads the DOCX", login: "vanphong", path: marchPath + "/download/docx", status: http.StatusOK, want: []string{"PK"}},
		{name: "viewer downloads the PDF", login: "xem", path: marchPath + "/download/pdf", status: http.StatusOK, want: []string{"%PDF"}},
		{name: "no other format", login: "xem", path: marchPath + "/download/exe", status: http.StatusNotFound},
		{name: "an issue that is nobody's is a 404", login: "xem", path: marchPath + "/issued/999999/docx", status: http.StatusNotFound},
		{name: "an issue ID that is not a number is a 404", login: "xem", path: marchPath + "/issued/abc/docx", status: http.StatusNotFound},

		{name: "viewer cannot compose", login: "xem", method: http.MethodPost, path: marchPath, form: url.Values{"assessment": {"Xem sửa"}}, status: http.StatusForbidden},
		{name: "staff cannot compose", login: "vanhoa", method: http.MethodPost, path: marchPath, form: url.Values{"assessment": {"Cán bộ sửa"}}, status: http.StatusForbidden},
		{name: "viewer cannot issue", login: "xem", method: http.MethodPost, path: marchPath + "/issue", form: url.Values{"number": {"12"}, "date": {"31/03/2026"}}, status: http.StatusForbidden},
		{name: "staff cannot issue", login: "vanphong", method: http.MethodPost, path: marchPath + "/issue", form: url.Values{"number": {"12"}, "date": {"31/03/2026"}}, status: http.StatusForbidden},
		{name: "admin cannot issue", login: "quantri", method: http.MethodPost, path: marchPath + "/issue", form: url.Values{"number": {"12"}, "date": {"31/03/2026"}}, status: http.StatusForbidden},
		{name: "admin cannot unlock", login: "quantri", method: http.MethodPost, path: marchPath + "/unlock", form: url.Values{"reason": {"Quản trị muốn mở khóa"}}, status: http.StatusForbidden},
		{name: "staff cannot unlock", login: "vanhoa", method: http.MethodPost, path: marchPath + "/unlock", form: url.Values{"reason": {"Cán bộ muốn mở khóa"}}, status: http.StatusForbidden},
		{name: "unlocking an open period is refused", login: "lanhdao", method: http.MethodPost, path: marchPath + "/unlock",
			form: url.Values{"reason": {"Không có gì để mở khóa cả"}}, status: http.StatusConflict, want: []string{"đang mở, không cần mở khóa"}},
	})
}
