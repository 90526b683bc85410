package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Every main screen opens in a real browser for a leader, shows what it is
// for, and is photographed for the README (go test ./internal/e2e
// -screenshots ../../docs/screenshots).
func TestMainScreensInTheBrowser(t *testing.T) {
	a := startApp(t, engines(t)[0].DSN)
	ctx := browser(t, "")
	signIn(t, ctx, a.url, "lanhdao")
	screens := []struct {
		name, path, waitFor, want string
	}{
		{"tong-quan", "/?period=2026-03", "main h1", "8/39"},
		{"nhap-so-lieu", "/data?period=2026-03", "form.data-form", "Tỷ lệ phủ sóng 5G"},
		{"chuong-trinh", "/programs", "main h1", "02-CTr/BCĐ"},
		{"hop-nhiem-vu", "/meetings", "main h1", "triển khai chương trình hành động"},
		{"danh-sach-bao-cao", "/reports", "main h1", "tháng 3"},
		{"bao-cao", "/reports/2026-03", "iframe", "Ban hành"},
	}
	for _, s := range screens {
		run(t, ctx, chromedp.Navigate(a.url+s.path), chromedp.WaitVisible(chromedp.CSS(s.waitFor)))
		if body := mustText(t, ctx, "main"); !strings.Contains(body, s.want) {
			t.Errorf("%s lacks %q", s.path, s.want)
		}
		shot(t, ctx, s.name)
	}
	// A program's page, with its groups and criteria.
	prog := a.Program()
	run(t, ctx, chromedp.Navigate(fmt.Sprintf("%s/programs/%d", a.url, prog.ID)), chromedp.WaitVisible(chromedp.CSS("table.criteria")))
	shot(t, ctx, "chuong-trinh-chi-tiet")
	// A phone-sized view of the data-entry grid.
	run(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(a.url+"/data?period=2026-03"), chromedp.WaitVisible(chromedp.CSS("form.data-form")))
	shot(t, ctx, "nhap-so-lieu-dien-thoai")
}
