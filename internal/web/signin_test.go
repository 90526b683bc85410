package web

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
	"github.com/nq57/nq57/internal/web/ui"
)

// Forty wrong passwords sent at once for one login from one address: the
// check and the count are one step, so no more than the limit reach the
// password check (401) and every other one is refused (429).
func TestConcurrentWrongPasswordsStopAtTheLimit(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		const tries = 40
		statuses := make([]int, tries)
		var wg sync.WaitGroup
		for i := range tries {
			wg.Go(func() {
				statuses[i] = h.anonymous().post("/login", url.Values{"login": {"quantri"}, "password": {"sai-mat-khau"}}).status
			})
		}
		wg.Wait()
		counts := map[int]int{}
		for _, st := range statuses {
			counts[st]++
		}
		limit := DefaultConfig().LoginMaxFails
		if counts[http.StatusUnauthorized] > limit || counts[http.StatusUnauthorized]+counts[http.StatusTooManyRequests] != tries {
			t.Errorf("statuses %v: want at most %d × 401 and the rest 429", counts, limit)
		}
	})
}

// The post-sign-in redirect stays on this site: browsers drop tabs and line
// breaks from a URL, so "/\t/evil.example" would be "//evil.example".
func TestNextAfterSignInStaysOnThisSite(t *testing.T) {
	t.Parallel()
	for _, next := range []string{
		"", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example",
		"\t//evil.example", "https://evil.example/", "javascript:alert(1)", "evil.example", "/\\/evil.example",
		"/\x00/evil.example", " //evil.example", "/%2F/evil.example\t", "\\\\evil.example",
	} {
		if got := safeNext(next); got != "/" {
			t.Errorf("safeNext(%q) = %q, want /", next, got)
		}
	}
	for _, next := range []string{"/", "/programs", "/data?period=2026-03&unit=2", "/meetings/3#task-4", "/tra-loi?q=%2F%2Fx"} {
		if got := safeNext(next); got != next {
			t.Errorf("safeNext(%q) = %q, want it kept", next, got)
		}
	}
}

// Under --secure-cookies every cookie the app sets carries Secure, the
// one-time message (flash) too.
func TestFlashCookieIsSecureUnderSecureCookies(t *testing.T) {
	t.Parallel()
	cfg := DefaultConfig()
	cfg.SecureCookies = true
	srv, err := New(cfg, usecase.Env{Now: func() time.Time { return testNow }}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	must(t, err)
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/logout", nil))
	var flash *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == "nq57_flash" {
			flash = c
		}
		if !c.Secure {
			t.Errorf("cookie %s lacks Secure: %s", c.Name, c.String())
		}
	}
	if flash == nil || flash.Value == "" {
		t.Fatalf("sign-out set no flash cookie: %v", rec.Result().Cookies())
	}
}

// Each refusal of a sign-in answers with its own status and message.
func TestSignInRefusalsHaveTheirStatus(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		err    error
		status int
		field  string
	}{
		{accounts.ErrWrongPassword, http.StatusUnauthorized, ""},
		{domain.InvalidInput("x", []domain.Problem{{Field: "login", Message: "Nhập tên đăng nhập."}}), http.StatusUnprocessableEntity, "login"},
		{domain.Errorf(domain.TooMany, "Đăng nhập sai quá nhiều lần."), http.StatusTooManyRequests, ""},
		{accounts.ErrBusy, http.StatusServiceUnavailable, ""},
		{errors.New("disk full"), 0, ""},
	} {
		errs := ui.Errors{}
		if got := signInRefusal(tt.err, errs); got != tt.status {
			t.Errorf("%v: status %d, want %d", tt.err, got, tt.status)
		}
		if tt.status != 0 && errs[tt.field] == "" {
			t.Errorf("%v: no message for field %q: %v", tt.err, tt.field, errs)
		}
	}
}
