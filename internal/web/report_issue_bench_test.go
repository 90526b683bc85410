package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// BenchmarkReportIssue measures issuing the demo's March report through the
// web app, as a leader does: the POST that sets the number and date, renders
// the DOCX and PDF, keeps them and locks the period, on SQLite and (when
// NQ57_TEST_POSTGRES is set) PostgreSQL. The unlock between two issues is
// not timed.
//
//	go test ./internal/web -run '^$' -bench ReportIssue -benchmem
func BenchmarkReportIssue(b *testing.B) {
	for _, e := range testdb.Engines(b) {
		b.Run(e.Name, func(b *testing.B) {
			store, base := benchReportServer(b, e.DSN)
			org, err := store.OrgByCode(context.Background(), demo.CommuneCode)
			if err != nil {
				b.Fatal(err)
			}
			c := benchSignIn(b, base, "lanhdao")
			b.ResetTimer()
			for i := range b.N {
				form := url.Values{"number": {fmt.Sprint(i + 1)}, "date": {"31/03/2026"}}
				res, err := c.PostForm(base+"/reports/2026-03/issue", form)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusSeeOther {
					b.Fatalf("issue %d: status %d", i+1, res.StatusCode)
				}
				b.StopTimer()
				if err := store.UnlockPeriod(context.Background(), org.ID, reportMarch); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}

func benchReportServer(b *testing.B, dsn string) (*storage.Store, string) {
	b.Helper()
	ctx := context.Background()
	store, err := storage.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	if err := demo.Load(ctx, store); err != nil {
		b.Fatal(err)
	}
	if err := demo.LoadAccounts(ctx, store, fastHash, testNow); err != nil {
		b.Fatal(err)
	}
	srv, err := New(DefaultConfig(), usecase.NewEnv(store, func() time.Time { return testNow }), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	b.Cleanup(ts.Close)
	return store, ts.URL
}

// benchSignIn returns an HTTP client signed in as login that does not follow
// redirects.
func benchSignIn(b *testing.B, base, login string) *http.Client {
	b.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.Post(base+"/login", "application/x-www-form-urlencoded",
		strings.NewReader(url.Values{"login": {login}, "password": {demo.Password}}.Encode()))
	if err != nil {
		b.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		b.Fatalf("sign in as %s: status %d", login, res.StatusCode)
	}
	return c
}
