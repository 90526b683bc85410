package e2e

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/web"
)

var screenshots = flag.String("screenshots", "", "folder to save the journeys' screenshots in (the README's are in docs/screenshots)")

// app is a server on the demo data for one journey, at the demo's "now"
// (28 March 2026, while the March report is being compiled).
type app struct {
	*demotest.Fixture
	url string
}

func startApp(t *testing.T, dsn string) app {
	t.Helper()
	d := demotest.Open(t, dsn)
	srv, err := web.New(web.DefaultConfig(), d.Env, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return app{Fixture: d, url: ts.URL}
}

// browser starts headless Chromium for one test. Outside CI a missing
// chromium skips the test; in CI (CI=true) it fails it.
func browser(t *testing.T, downloads string) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required in CI: %v", err)
		}
		t.Skip("chromium not installed")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	// The first action starts the browser, which lives as long as its
	// context: no timeout on that one (go test's own timeout bounds the rest).
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	// Every later action is bounded, so that a page that never shows what a
	// journey waits for fails the test instead of hanging it.
	bounded, cancel := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel)
	return bounded
}

// shot saves a screenshot of the window named name (PNG) into the screenshots
// folder when one is given, and into the test's folder otherwise.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := *screenshots
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// engines returns the databases the journeys run on: SQLite always, and
// PostgreSQL when NQ57_TEST_POSTGRES is set.
func engines(t *testing.T) []testdb.Engine { return testdb.Engines(t) }
