package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// TestHomeRoutes: "/" is the dashboard for a signed-in person and the list of
// communes for a visitor (the harness serves three, in two provinces); "/xa/{org}" is a commune's
// public page, the same for everyone.
func TestHomeRoutes(t *testing.T) {
	t.Parallel()
	communePage := []string{"Xã Xuân Hưng", `href="/pakn/xuan-hung"`, `action="/tra-cuu"`, `href="/tra-loi?org=xuan-hung"`, `href="/login"`, "Các xã, phường, đặc khu khác"}
	private := []string{"8/39", "Xuân Hòa", "Nhập số liệu"}
	runScenarios(t, []scenario{
		{name: "a visitor chooses a commune", path: "/", status: http.StatusOK,
			want:    []string{"Các xã, phường, đặc khu <span class=\"muted\">(3)</span>", `href="/xa/xuan-hung"`, "xã Xuân Hưng", `href="/xa/xuan-hoa"`, "tỉnh Ninh Bình", `href="/xa/hai-tien"`, "tỉnh Thanh Hóa", `href="/login"`, `name="q"`},
			notWant: []string{"8/39", "Nhập số liệu"}},
		{name: "searched without accents", path: "/?q=XUAN+HOA", status: http.StatusOK,
			want: []string{`href="/xa/xuan-hoa"`, "1 xã, phường, đặc khu khớp “XUAN HOA”"}, notWant: []string{`href="/xa/xuan-hung"`}},
		{name: "searched by a province without accents", path: "/?q=thanh+hoa", status: http.StatusOK,
			want: []string{`href="/xa/hai-tien"`, "1 xã, phường, đặc khu khớp “thanh hoa”"}, notWant: []string{`href="/xa/xuan-hoa"`}},
		{name: "searched with accents", path: "/?q=xu%C3%A2n+h%C6%B0ng", status: http.StatusOK,
			want: []string{`href="/xa/xuan-hung"`}, notWant: []string{`href="/xa/xuan-hoa"`}},
		{name: "searched by the province", path: "/?q=ninh+binh", status: http.StatusOK, want: []string{`href="/xa/xuan-hung"`, `href="/xa/xuan-hoa"`}, notWant: []string{`href="/xa/hai-tien"`}},
		{name: "nothing found", path: "/?q=h%C3%A0+n%E1%BB%99i", status: http.StatusOK, want: []string{"Không có xã, phường, đặc khu nào khớp “hà nội”"}},
		{name: "a commune's page for a visitor", path: "/xa/xuan-hung", status: http.StatusOK, want: communePage, notWant: private},
		{name: "a province is not a commune", path: "/xa/ninh-binh", status: http.StatusNotFound, want: []string{"Không có xã, phường, đặc khu nào mang mã “ninh-binh”"}},
		{name: "a code nobody has", path: "/xa/khong-co", status: http.StatusNotFound},
		{name: "viewer gets the dashboard", login: "xem", path: "/", status: http.StatusOK, want: []string{"8/39"}, notWant: []string{"Các xã, phường"}},
		{name: "staff gets the dashboard", login: "vanhoa", path: "/", status: http.StatusOK, want: []string{"8/39"}},
		{name: "admin gets the dashboard", login: "quantri", path: "/", status: http.StatusOK, want: []string{"8/39"}},
		{name: "the other commune's admin gets their own dashboard", login: "xuanhoa-admin", path: "/", status: http.StatusOK,
			notWant: []string{"8/39", "Các xã, phường"}},
		{name: "a commune's page for its viewer", login: "xem", path: "/xa/xuan-hung", status: http.StatusOK, want: communePage[:5]},
		{name: "a commune's page for its staff", login: "vanhoa", path: "/xa/xuan-hung", status: http.StatusOK, want: communePage[:5]},
		{name: "a commune's page for its admin", login: "quantri", path: "/xa/xuan-hung", status: http.StatusOK, want: communePage[:5]},
		{name: "another commune's page for the other admin", login: "xuanhoa-admin", path: "/xa/xuan-hung", status: http.StatusOK,
			want: communePage[:5], notWant: []string{"8/39"}},
	})
}

// TestHomeOfASingleCommune: a deployment that serves one commune opens on
// that commune's page.
func TestHomeOfASingleCommune(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s, err := storage.Open(ctx, dsn)
		must(t, err)
		t.Cleanup(func() { s.Close() })
		must(t, demo.Load(ctx, s))
		srv, err := New(DefaultConfig(), usecase.NewEnv(s, func() time.Time { return testNow }), slog.New(slog.NewTextHandler(io.Discard, nil)))
		must(t, err)
		ts := httptest.NewServer(srv.Handler())
		t.Cleanup(ts.Close)
		res, err := http.Get(ts.URL + "/")
		must(t, err)
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("/: %d", res.StatusCode)
		}
		for _, want := range []string{"<h1>Xã Xuân Hưng</h1>", `href="/pakn/xuan-hung"`, `href="/tra-loi?org=xuan-hung"`} {
			if !strings.Contains(string(body), want) {
				t.Errorf("the home page lacks %q", want)
			}
		}
		if strings.Contains(string(body), "Các xã, phường, đặc khu khác") {
			t.Error("a single commune's page links to a list of one")
		}
	})
}
