package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/demo"
)

func TestAccountRoutes(t *testing.T) {
	t.Parallel()
	runScenarios(t, []scenario{
		{name: "sign-in page", path: "/login", status: http.StatusOK, want: []string{"Đăng nhập", `name="login"`, `lang="vi"`}},
		{name: "anonymous is sent to sign in", path: "/programs", status: http.StatusSeeOther, want: []string{"/login?next=%2Fprograms"}},
		{name: "wrong password", method: http.MethodPost, path: "/login", form: url.Values{"login": {"quantri"}, "password": {"sai-mat-khau"}},
			status: http.StatusUnauthorized, want: []string{"Tên đăng nhập hoặc mật khẩu không đúng."}},
		{name: "empty form names both fields", method: http.MethodPost, path: "/login", form: url.Values{},
			status: http.StatusUnprocessableEntity, want: []string{"Nhập tên đăng nhập.", "Nhập mật khẩu."}},
		{name: "admin sees users of the commune only", login: "quantri", path: "/users", status: http.StatusOK,
			want: []string{"vanhoa", "lanhdao", "Phòng VH-XH"}, notWant: []string{"xuanhoa-admin"}},
		{name: "leader may not manage users", login: "lanhdao", path: "/users", status: http.StatusForbidden, want: []string{"không có quyền"}},
		{name: "staff may not manage users", login: "vanhoa", path: "/users", status: http.StatusForbidden},
		{name: "viewer may not manage users", login: "xem", path: "/users", status: http.StatusForbidden},
		{name: "admin adds a user", login: "quantri", method: http.MethodPost, path: "/users",
			form:   url.Values{"login": {"kinhte"}, "name": {"Đỗ Thị Lan"}, "role": {"staff"}, "unit": {"0"}},
			status: http.StatusUnprocessableEntity, want: []string{"cán bộ đơn vị cần được gắn với một cơ quan, đơn vị"}},
		{name: "a taken login is refused", login: "quantri", method: http.MethodPost, path: "/users",
			form: url.Values{"login": {"xuanhoa-admin"}, "role": {"viewer"}}, status: http.StatusUnprocessableEntity, want: []string{"đã có người dùng"}},
		{name: "admin cannot reset another commune's user", login: "quantri", method: http.MethodPost, path: "/users/999999/reset-password", status: http.StatusNotFound},
		{name: "health", path: "/healthz", status: http.StatusOK, want: []string{"ok"}},
		{name: "static assets", path: "/static/style.css", status: http.StatusOK, want: []string{"--brand"}},
	})
}

func TestAddedUserMustChangePasswordAtFirstSignIn(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		res := admin.post("/users", url.Values{"login": {"Kinhte"}, "name": {"Đỗ Thị Lan"}, "role": {"viewer"}})
		if res.status != http.StatusOK || !strings.Contains(res.body, "Mật khẩu một lần của <strong>kinhte</strong>") {
			t.Fatalf("add user: %d\n%s", res.status, excerpt(res.body))
		}
		password := between(res.body, `<code class="secret">`, `</code>`)
		c := h.anonymous()
		if r := c.post("/login", url.Values{"login": {"kinhte"}, "password": {password}}); r.status != http.StatusSeeOther {
			t.Fatalf("sign in with the one-time password: %d", r.status)
		}
		if r := c.get("/"); r.status != http.StatusSeeOther || r.location != "/password" {
			t.Fatalf("a must-change user should be sent to /password, got %d %q", r.status, r.location)
		}
		if r := c.post("/password", url.Values{"current": {password}, "new": {"ngắn"}, "again": {"ngắn"}}); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "ít nhất 10 ký tự") {
			t.Fatalf("a short password must be refused: %d", r.status)
		}
		if r := c.post("/password", url.Values{"current": {password}, "new": {"mật-khẩu-mới-2026"}, "again": {"mật-khẩu-mới-2026"}}); r.status != http.StatusSeeOther {
			t.Fatalf("change password: %d\n%s", r.status, excerpt(r.body))
		}
		if r := c.get("/users"); r.status != http.StatusForbidden {
			t.Errorf("a viewer reached /users: %d", r.status)
		}
		audit := h.as("quantri").get("/audit")
		_ = audit
	})
}

func TestSignInIsThrottled(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		for i := 0; i < 5; i++ {
			if r := c.post("/login", url.Values{"login": {"lanhdao"}, "password": {"sai"}}); r.status != http.StatusUnauthorized {
				t.Fatalf("failure %d: status %d", i+1, r.status)
			}
		}
		r := c.post("/login", url.Values{"login": {"lanhdao"}, "password": {demo.Password}})
		if r.status != http.StatusTooManyRequests || !strings.Contains(r.body, "quá nhiều lần") {
			t.Fatalf("sixth try with the right password: %d, want 429", r.status)
		}
	})
}

func TestSignOutEndsTheSession(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("xem")
		if r := c.post("/logout", nil); r.status != http.StatusSeeOther {
			t.Fatalf("sign out: %d", r.status)
		}
		if r := c.get("/programs"); r.status != http.StatusSeeOther {
			t.Errorf("after sign-out /programs gave %d, want a redirect to sign in", r.status)
		}
	})
}

func TestCrossSiteRequestsAreRefused(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("quantri")
		req, _ := http.NewRequest(http.MethodPost, h.srv.URL+"/users", strings.NewReader("login=tancong&role=admin"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		if r := c.do(req); r.status != http.StatusForbidden {
			t.Fatalf("cross-site POST: %d, want 403", r.status)
		}
		req, _ = http.NewRequest(http.MethodPost, h.srv.URL+"/users", strings.NewReader("login=tancong&role=admin"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", "https://evil.example")
		if r := c.do(req); r.status != http.StatusForbidden {
			t.Fatalf("POST from another origin: %d, want 403", r.status)
		}
		if r := c.get("/users"); strings.Contains(r.body, "tancong") {
			t.Error("the cross-site request created a user")
		}
	})
}

func between(s, start, end string) string {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(after, end)
	return v
}
