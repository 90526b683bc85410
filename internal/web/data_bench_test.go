package web

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// BenchmarkDataSave measures one save of the whole March grid of the demo
// commune (39 criteria, as a browser posts it: every row, multipart) that
// changes three values, on SQLite and (when NQ57_TEST_POSTGRES is set)
// PostgreSQL. Only the POST is timed; the grid is drawn again between saves,
// as the person's browser does after the redirect.
//
//	go test ./internal/web -run '^$' -bench DataSave -benchmem
func BenchmarkDataSave(b *testing.B) {
	for _, e := range testdb.Engines(b) {
		b.Run(e.Name, func(b *testing.B) {
			c, prog := benchGridClient(b, e.DSN)
			var changed []domain.Criterion
			for _, crit := range prog.Criteria() {
				if len(crit.Targets) == 1 && crit.Targets[0].Percent() && len(changed) < 3 {
					changed = append(changed, crit)
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				form := gridForm(c.get(b, "/data?period=2026-03&unit=all"))
				for _, crit := range changed {
					field := "c" + strconv.FormatInt(crit.ID, 10) + "-t0"
					form.Set(field+"-value", strconv.Itoa(50+i%40))
					form.Set(field+"-num", "")
					form.Set(field+"-den", "")
				}
				b.StartTimer()
				if status := c.postMultipart(b, "/data", form); status != http.StatusSeeOther {
					b.Fatalf("save: status %d", status)
				}
			}
		})
	}
}

// benchClient is a signed-in browser for benchmarks.
type benchClient struct {
	base string
	http *http.Client
}

func benchGridClient(b *testing.B, dsn string) (*benchClient, domain.Program) {
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
	org, err := store.OrgByCode(ctx, demo.CommuneCode)
	if err != nil {
		b.Fatal(err)
	}
	prog, err := store.ProgramForYear(ctx, org.ID, 2026)
	if err != nil {
		b.Fatal(err)
	}
	srv, err := New(DefaultConfig(), usecase.NewEnv(store, func() time.Time { return testNow }), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	b.Cleanup(ts.Close)
	jar, _ := cookiejar.New(nil)
	c := &benchClient{base: ts.URL, http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	res, err := c.http.PostForm(ts.URL+"/login", url.Values{"login": {"quantri"}, "password": {demo.Password}})
	if err != nil || res.StatusCode != http.StatusSeeOther {
		b.Fatalf("sign in: %v %v", res, err)
	}
	res.Body.Close()
	return c, prog
}

func (c *benchClient) get(b *testing.B, path string) string {
	res, err := c.http.Get(c.base + path)
	if err != nil {
		b.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		b.Fatalf("GET %s: %d %v", path, res.StatusCode, err)
	}
	return string(body)
}

func (c *benchClient) postMultipart(b *testing.B, path string, form url.Values) int {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, vs := range form {
		for _, v := range vs {
			if err := mw.WriteField(k, v); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := mw.Close(); err != nil {
		b.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, c.base+path, &body)
	if err != nil {
		b.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, err := c.http.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}
