package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestAuditRoutes(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "anonymous is sent to sign in", path: "/audit", status: http.StatusSeeOther, want: []string{"/login?next=%2Faudit"}},
		{name: "admin reads the log", login: "quantri", path: "/audit", status: http.StatusOK, want: []string{"Nhật ký thay đổi", "Trang 1"}},
		{name: "leader may not", login: "lanhdao", path: "/audit", status: http.StatusForbidden},
		{name: "staff may not", login: "vanhoa", path: "/audit", status: http.StatusForbidden},
		{name: "viewer may not", login: "xem", path: "/audit", status: http.StatusForbidden},
		{name: "a page that is not a number", login: "quantri", path: "/audit?page=abc", status: http.StatusBadRequest, want: []string{"Số trang"}},
		{name: "page zero", login: "quantri", path: "/audit?page=0", status: http.StatusBadRequest},
	})
}

// TestAddedUserAndPasswordChangeAreAudited follows an account from its
// creation to its first password change and finds both in the log.
func TestAddedUserAndPasswordChangeAreAudited(t *testing.T) {
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
		log := admin.get("/audit")
		if log.status != http.StatusOK {
			t.Fatalf("/audit: %d", log.status)
		}
		for _, want := range []string{"Thêm người dùng", "Đổi mật khẩu", "người dùng kinhte", "quantri", "&#34;MustChange&#34;: true", "&#34;MustChange&#34;: false"} {
			if !strings.Contains(log.body, want) {
				t.Errorf("the log lacks %q", want)
			}
		}
		if strings.Contains(log.body, "argon2") || strings.Contains(log.body, password) {
			t.Error("the log shows a password or its hash")
		}
		if strings.Index(log.body, "Đổi mật khẩu") > strings.Index(log.body, "Thêm người dùng") {
			t.Error("the log is not newest first")
		}
	})
}

func TestAuditLogIsTheOrganisationsOnlyAndPaged(t *testing.T) {
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := t.Context()
		must(t, h.store.AddAudit(ctx, domain.AuditEntry{OrgID: h.other.Org.ID, UserID: h.other.User.ID, UserName: "xuanhoa-admin",
			At: testNow, Action: "progress.save", Entity: "tiêu chí bí mật của Xuân Hòa", After: `{"value":"bí mật"}`}))
		for i := 1; i <= 55; i++ {
			must(t, h.store.AddAudit(ctx, domain.AuditEntry{OrgID: h.org.ID, UserName: "vanhoa", At: testNow.Add(-time.Duration(i) * time.Minute),
				Action: "custom.thing", Entity: fmt.Sprintf("mục thử số %02d", i), Before: `{"a":1}`, After: `{"a":2}`}))
		}
		admin := h.as("quantri")
		first := admin.get("/audit")
		if first.status != http.StatusOK {
			t.Fatalf("/audit: %d", first.status)
		}
		for _, bad := range []string{"Xuân Hòa", "bí mật", "xuanhoa-admin"} {
			if strings.Contains(first.body, bad) {
				t.Errorf("the log shows another commune's %q", bad)
			}
		}
		if n := strings.Count(first.body, "mục thử số"); n != 50 {
			t.Errorf("page 1 shows %d test entries, want 50", n)
		}
		for _, want := range []string{"mục thử số 01", "custom.thing", `href="/audit?page=2"`, "&#34;a&#34;: 2", "<details>"} {
			if !strings.Contains(first.body, want) {
				t.Errorf("page 1 lacks %q", want)
			}
		}
		second := admin.get("/audit?page=2")
		if !strings.Contains(second.body, "mục thử số 55") || strings.Contains(second.body, "mục thử số 01") || !strings.Contains(second.body, `href="/audit?page=1"`) {
			t.Errorf("page 2 should hold the oldest entries and link back\n%s", excerpt(second.body))
		}
		if strings.Contains(second.body, "xuanhoa-admin") {
			t.Error("page 2 shows another commune's entry")
		}
	})
}
