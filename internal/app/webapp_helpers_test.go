package app

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/web"
)

// webApp is the web app on the demo commune of the database at a DSN (the
// demo loaded by `nq57 demo` or by the fixture), with a client signed in as
// the administrator quantri: the other way in to the use cases the command
// line calls.
type webApp struct {
	*demotest.Fixture
	url    string
	client *http.Client // signed in as quantri
}

func startWeb(t *testing.T, dsn string) *webApp {
	t.Helper()
	d := demotest.Open(t, dsn)
	srv, err := web.New(web.DefaultConfig(), d.Env, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	w := &webApp{Fixture: d, url: ts.URL}
	w.client = w.signIn(t, "quantri")
	return w
}

// signIn returns a new client signed in with a demo login. It keeps cookies
// and does not follow redirects, so tests see them.
func (w *webApp) signIn(t *testing.T, login string) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	post(t, c, w.url+"/login", url.Values{"login": {login}, "password": {demo.Password}}, http.StatusSeeOther)
	return c
}

// post posts a form as quantri and wants a redirect.
func (w *webApp) post(t *testing.T, path string, form url.Values) {
	t.Helper()
	post(t, w.client, w.url+path, form, http.StatusSeeOther)
}

// post posts a form with the client and wants the status.
func post(t *testing.T, c *http.Client, target string, form url.Values, want int) {
	t.Helper()
	res, err := c.PostForm(target, form)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("POST %s: %d, want %d\n%.2000s", target, res.StatusCode, want, body)
	}
}
