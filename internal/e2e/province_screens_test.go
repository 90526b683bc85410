package e2e

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	nq57 "github.com/nq57/nq57/internal/app"
)

// The province's screens on the whole demo (`nq57 demo`: Ninh Bình, its
// thirteen communes and their reports filed to the request) open for the
// chuyên viên in a real browser, on 2 April 2026: March's grid shows every
// state, a returned report shows its reason, and the screens are
// photographed for the README.
func TestProvinceScreensOfTheDemo(t *testing.T) {
	dsn := engines(t)[0].DSN
	cli := &nq57.App{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: os.Getenv, Now: time.Now}
	if code := cli.Run(context.Background(), []string{"demo", "--db", dsn}); code != 0 {
		t.Fatalf("nq57 demo exited %d", code)
	}
	a := startApp(t, dsn)
	a.Clock.Advance(5 * 24 * time.Hour) // 2 April 2026
	ctx := browser(t, "")
	signIn(t, ctx, a.url, "tinh-chuyenvien")
	run(t, ctx, chromedp.Navigate(a.url+"/province?year=2026"), chromedp.WaitVisible(chromedp.CSS(`table.completeness`)))
	grid := mustText(t, ctx, "table.completeness")
	for _, want := range []string{"Hoa Lư", "Giao Thủy", "Xuân Hưng", "Tiếp nhận", "Đúng hạn", "Muộn", "Trả lại", "Quá hạn"} {
		if !strings.Contains(grid, want) {
			t.Errorf("the grid lacks %q", want)
		}
	}
	shot(t, ctx, "tinh-hinh-nop-bao-cao")
	run(t, ctx, chromedp.Navigate(a.url+"/province?year=2026&sort=lateness&status=returned"), chromedp.WaitVisible(chromedp.CSS(`table.completeness`)),
		chromedp.Click(chromedp.CSS(`td.cell-returned a`)), chromedp.WaitVisible(chromedp.CSS(`main p.notice`)))
	if body := mustText(t, ctx, "main"); !strings.Contains(body, "Tiêu chí II.3") {
		t.Errorf("the returned report's page does not give the reason: %q", body)
	}
	shot(t, ctx, "bao-cao-gui-tinh")
	run(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(a.url+"/province?year=2026"), chromedp.WaitVisible(chromedp.CSS(`table.completeness`)))
	shot(t, ctx, "tinh-hinh-nop-bao-cao-dien-thoai")
}
