package web

import (
	"bytes"
	"fmt"
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

func TestAuditRoutes(t *testing.T) {
	t.Parallel()
	runScenariosOf(t, func(h *harness) []scenario {
		// An entry of the other commune, which only its administrator reads.
		must(h.t, h.store.AddAudit(h.t.Context(), domain.AuditEntry{OrgID: h.other.Org.ID, UserID: h.other.User.ID, UserName: "xuanhoa-admin",
			At: testNow, Action: "progress.save", Entity: "tiêu chí bí mật của Xuân Hòa"}))
		return []scenario{
			{name: "anonymous is sent to sign in", path: "/audit", status: http.StatusSeeOther, want: []string{"/login?next=%2Faudit"}},
			{name: "anonymous may not export", path: "/audit/export.xlsx", status: http.StatusSeeOther, want: []string{"/login?next="}},
			{name: "admin reads the log", login: "quantri", path: "/audit", status: http.StatusOK,
				want: []string{"Nhật ký thay đổi", "Người thực hiện", "Mọi người", `type="date"`}, notWant: []string{"bí mật"}},
			{name: "admin exports the log", login: "quantri", path: "/audit/export.xlsx", status: http.StatusOK, notWant: []string{"bí mật"}},
			{name: "leader may not", login: "lanhdao", path: "/audit", status: http.StatusForbidden},
			{name: "leader may not export", login: "lanhdao", path: "/audit/export.xlsx", status: http.StatusForbidden},
			{name: "staff may not", login: "vanhoa", path: "/audit", status: http.StatusForbidden},
			{name: "staff may not export", login: "vanhoa", path: "/audit/export.xlsx", status: http.StatusForbidden},
			{name: "viewer may not", login: "xem", path: "/audit", status: http.StatusForbidden},
			{name: "viewer may not export", login: "xem", path: "/audit/export.xlsx", status: http.StatusForbidden},
			{name: "the other commune's admin reads only theirs", login: "xuanhoa-admin", path: "/audit", status: http.StatusOK,
				want: []string{"tiêu chí bí mật của Xuân Hòa"}},
			{name: "the other commune's admin may not filter by our people", login: "xuanhoa-admin",
				path: fmt.Sprintf("/audit?user=%d", h.userID("quantri")), status: http.StatusBadRequest, want: []string{"Không có người dùng này"}},
			{name: "the other commune's admin exports only theirs", login: "xuanhoa-admin", path: "/audit/export.xlsx", status: http.StatusOK},
			{name: "a page that is not a number", login: "quantri", path: "/audit?page=abc", status: http.StatusBadRequest, want: []string{"Số trang"}},
			{name: "page zero", login: "quantri", path: "/audit?page=0", status: http.StatusBadRequest},
			{name: "a day that is not one", login: "quantri", path: "/audit?from=31%2F02%2F2026", status: http.StatusBadRequest,
				want: []string{"Từ ngày: “31/02/2026” không phải là ngày", `aria-invalid="true"`}},
			{name: "an export with a bad filter", login: "quantri", path: "/audit/export.xlsx?to=hôm-qua", status: http.StatusUnprocessableEntity,
				want: []string{"Bộ lọc nhật ký chưa hợp lệ"}},
		}
	})
}

// userID returns the ID of a demo account.
func (h *harness) userID(login string) int64 {
	h.t.Helper()
	u, err := h.store.UserByLogin(h.t.Context(), login)
	must(h.t, err)
	return u.ID
}

// TestAuditLogReadsInWords follows changes made through the app into the
// log: who by name, the action and the fields in Vietnamese, the values in
// words, the period in words, the command line as itself.
func TestAuditLogReadsInWords(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		res := admin.post("/users", url.Values{"login": {"kinhte"}, "name": {"Đỗ Thị Lan"}, "role": {"viewer"}})
		password := between(res.body, `<code class="secret">`, `</code>`)
		if res.status != http.StatusOK || password == "" {
			t.Fatalf("add user: %d", res.status)
		}
		c := h.anonymous()
		c.post("/login", url.Values{"login": {"kinhte"}, "password": {password}})
		if r := c.post("/password", url.Values{"current": {password}, "new": {"mật-khẩu-mới-2026"}, "again": {"mật-khẩu-mới-2026"}}); r.status != http.StatusSeeOther {
			t.Fatalf("change password: %d", r.status)
		}
		must(t, h.store.AddAudit(t.Context(), domain.AuditEntry{OrgID: h.org.ID, UserName: "dòng lệnh (root)", At: testNow,
			Action: "period.unlock", Entity: "số liệu 2026-02", Before: `{"period":"2026-02","locked_by":"lanhdao"}`, Reason: "Bổ sung số liệu"}))
		log := admin.get("/audit")
		if log.status != http.StatusOK {
			t.Fatalf("/audit: %d", log.status)
		}
		for _, want := range []string{
			"Thêm người dùng", "người dùng kinhte", "Nguyễn Văn Quản", "(quantri)", // the person by name, the login beside it
			"Tên đăng nhập:", "<ins>kinhte</ins>", "Vai trò:", "<ins>Xem</ins>", "Phải đổi mật khẩu khi đăng nhập:", // fields and values in words
			"dòng lệnh (root)", "Mở khóa số liệu", "số liệu tháng 2 năm 2026", "Lý do:", "Bổ sung số liệu", "<del>tháng 2 năm 2026</del>",
			"Dữ liệu gốc",
			"<td>Đổi mật khẩu</td>", "Đỗ Thị Lan", "<del>có</del>", "<ins>không</ins>", // the new user changed the password set for them
		} {
			if !strings.Contains(log.body, want) {
				t.Errorf("the log lacks %q", want)
			}
		}
		if strings.Contains(log.body, "argon2") || strings.Contains(log.body, password) {
			t.Error("the log shows a password or its hash")
		}
		if strings.Index(log.body, "<td>Đổi mật khẩu</td>") > strings.Index(log.body, "<td>Thêm người dùng</td>") {
			t.Error("the log is not newest first")
		}
	})
}

func TestAuditLogIsTheOrganisationsOnlyAndPaged(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := t.Context()
		must(t, h.store.AddAudit(ctx, domain.AuditEntry{OrgID: h.other.Org.ID, UserID: h.other.User.ID, UserName: "xuanhoa-admin",
			At: testNow, Action: "progress.save", Entity: "tiêu chí bí mật của Xuân Hòa", After: `{"value":"bí mật"}`}))
		for i := 1; i <= 55; i++ {
			must(t, h.store.AddAudit(ctx, domain.AuditEntry{OrgID: h.org.ID, UserName: "vanhoa", At: testNow.Add(-time.Duration(i) * time.Minute),
				Action: "custom.thing", Entity: fmt.Sprintf("mục thử số %02d", i), Before: `{"a":1}`, After: `{"a":2}`}))
		}
		must(t, h.store.AddAudit(ctx, domain.AuditEntry{OrgID: h.org.ID, UserName: "quantri", At: testNow.Add(-time.Hour),
			Action: "unit.add", Entity: "cơ quan, đơn vị khác"}))
		admin := h.as("quantri")
		first := admin.get("/audit?kind=custom")
		if first.status != http.StatusOK {
			t.Fatalf("/audit: %d", first.status)
		}
		for _, bad := range []string{"Xuân Hòa", "bí mật", "xuanhoa-admin", "cơ quan, đơn vị khác"} {
			if strings.Contains(first.body, bad) {
				t.Errorf("the filtered log shows %q", bad)
			}
		}
		if n := strings.Count(first.body, "mục thử số"); n != 50 {
			t.Errorf("page 1 shows %d test entries, want 50", n)
		}
		for _, want := range []string{"mục thử số 01", "custom.thing", "(55 mục, trang 1/2)", `href="/audit?kind=custom&amp;page=2"`,
			`href="/audit/export.xlsx?kind=custom"`, "<del>1</del>", "<ins>2</ins>", `<option value="custom" selected>custom</option>`} {
			if !strings.Contains(first.body, want) {
				t.Errorf("page 1 lacks %q", want)
			}
		}
		second := admin.get("/audit?kind=custom&page=2")
		if !strings.Contains(second.body, "mục thử số 55") || strings.Contains(second.body, "mục thử số 01") || !strings.Contains(second.body, `href="/audit?kind=custom"`) {
			t.Errorf("page 2 should hold the oldest entries and link back with the filter\n%s", excerpt(second.body))
		}
		beyond := admin.get("/audit?kind=custom&page=9")
		if beyond.status != http.StatusOK || !strings.Contains(beyond.body, "Không còn mục nào ở trang này") {
			t.Errorf("a page past the last: %d", beyond.status)
		}
	})
}

// TestAuditExportIsTheFilteredLog downloads the workbook of a filter and
// finds in it the entries the page shows, and no other.
func TestAuditExportIsTheFilteredLog(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		admin.post("/users", url.Values{"login": {"kinhte"}, "name": {"Đỗ Thị Lan"}, "role": {"viewer"}})
		admin.post("/units", url.Values{"code": {"kt2"}, "name": {"Phòng Kinh tế 2"}, "short_name": {"Phòng KT 2"}})
		res := admin.get("/audit/export.xlsx?kind=user&from=2026-03-28&to=2026-03-28")
		if res.status != http.StatusOK || res.header.Get("Content-Type") != ui.XLSXType || !strings.Contains(res.header.Get("Content-Disposition"), ".xlsx") {
			t.Fatalf("export: %d %s %s", res.status, res.header.Get("Content-Type"), res.header.Get("Content-Disposition"))
		}
		f, err := excelize.OpenReader(bytes.NewReader([]byte(res.body)))
		must(t, err)
		defer f.Close()
		rows, err := f.GetRows(excel.SheetAuditLog)
		must(t, err)
		text := fmt.Sprint(rows)
		for _, want := range []string{"Nhật ký thay đổi — xã Xuân Hưng", "từ ngày 28/03/2026", "Thêm người dùng", "người dùng kinhte",
			"Nguyễn Văn Quản", "Vai trò: (trống) → Xem"} {
			if !strings.Contains(text, want) {
				t.Errorf("the workbook lacks %q\n%s", want, text)
			}
		}
		if strings.Contains(text, "Phòng KT 2") {
			t.Error("the workbook holds an entry the filter leaves out")
		}
	})
}
