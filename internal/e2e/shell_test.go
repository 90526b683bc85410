package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// box is where an element lies in the window, in CSS pixels.
type box struct {
	Left, Right, Top, Bottom, Width, Height float64
	Visible                                 bool
}

// boxOf measures the first element matching css.
func boxOf(t *testing.T, ctx context.Context, css string) box {
	t.Helper()
	js := `(function(){var e=document.querySelector(` + quote(css) + `); if(!e){return null}
		var r=e.getBoundingClientRect(); return {Left:r.left,Right:r.right,Top:r.top,Bottom:r.bottom,Width:r.width,Height:r.height,
		Visible: e.checkVisibility({visibilityProperty: true}) && r.width>0 && r.height>0}})()`
	b, err := chromedp.Run(ctx, chromedp.Evaluate[*box](js))
	if err != nil {
		t.Fatalf("measure %s: %v", css, err)
	}
	if b == nil {
		t.Fatalf("no %s on the page", css)
	}
	return *b
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

func evalJS[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// The bar and the wide tables at a phone's width and a desk's: one row of
// bar, the menu a press away, every link and the sign-out reachable, and a
// table's status and actions in view without scrolling sideways.
func TestShellAtPhoneAndDeskWidths(t *testing.T) {
	a := startApp(t, engines(t)[0].DSN)
	ctx := browser(t, "")
	signIn(t, ctx, a.url, "quantri") // the administrator has the longest menu

	// A desk: the menu stands open in one row, the account is a drop-down.
	run(t, ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(a.url+"/audit"), chromedp.WaitVisible(chromedp.CSS(`main h1`)))
	if bar := boxOf(t, ctx, "header.topbar"); bar.Height > 64 {
		t.Errorf("at 1280 px the bar is %.0f px high, more than one row", bar.Height)
	}
	if link := boxOf(t, ctx, `nav a[href="/audit"]`); !link.Visible || link.Right > 1280 {
		t.Errorf("at 1280 px the menu's last link is not in view: %+v", link)
	}
	if boxOf(t, ctx, `form[action="/logout"] button`).Visible {
		t.Error("at 1280 px the sign-out shows before the account's menu is opened")
	}
	run(t, ctx, chromedp.Click(chromedp.CSS(`details.account > summary`)), chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"] button`)))
	shot(t, ctx, "thanh-dieu-huong-may-tinh")

	// A phone: the bar is one row with a menu button; the menu opens on a press.
	run(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(a.url+"/users"), chromedp.WaitVisible(chromedp.CSS(`main h1`)))
	if bar := boxOf(t, ctx, "header.topbar"); bar.Height > 64 {
		t.Errorf("at 390 px the bar is %.0f px high, more than one row", bar.Height)
	}
	if boxOf(t, ctx, `nav a[href="/data"]`).Visible {
		t.Error("at 390 px the menu's links show before the menu is opened")
	}
	if w := evalJS[float64](t, ctx, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("at 390 px the page is %.0f px wide: it scrolls sideways", w)
	}
	// The users' table does not fit: each account becomes a card, its status
	// and its action in view.
	if !evalJS[bool](t, ctx, `document.querySelector(".table-wrap > table").classList.contains("stacked")`) {
		t.Error("at 390 px the users' table is not stacked")
	}
	if b := boxOf(t, ctx, `form[action$="/reset-password"] button`); !b.Visible || b.Right > 390 || b.Left < 0 {
		t.Errorf("at 390 px a user's action is out of view: %+v", b)
	}
	if label := evalJS[string](t, ctx, `getComputedStyle(document.querySelector("td[data-label='Tình trạng']"), "::before").content`); label != `"Tình trạng"` {
		t.Errorf("a stacked cell is labelled %s", label)
	}
	shot(t, ctx, "nguoi-dung-dien-thoai")
	run(t, ctx, chromedp.Click(chromedp.CSS(`details.menu > summary`)), chromedp.WaitVisible(chromedp.CSS(`nav a[href="/audit"]`)))
	for _, css := range []string{`nav a[href="/data"]`, `nav a[href="/audit"]`, `a[href="/password"]`, `form[action="/logout"] button`} {
		if b := boxOf(t, ctx, css); !b.Visible || b.Right > 390 || b.Bottom > 844 {
			t.Errorf("with the menu open at 390 px, %s is out of view: %+v", css, b)
		}
	}
	shot(t, ctx, "danh-muc-dien-thoai")
	run(t, ctx, chromedp.KeyEvent("\x1b")) // Escape closes it
	if evalJS[bool](t, ctx, `document.querySelector("details.menu").open`) {
		t.Error("Escape does not close the menu")
	}
	run(t, ctx, chromedp.EmulateViewport(1280, 900))
}

// A form refused and shown again answers a POST; reloading it must read the
// page again, not send the form a second time.
func TestReloadAfterARefusedFormDoesNotSendItAgain(t *testing.T) {
	a := startApp(t, engines(t)[0].DSN)
	ctx := browser(t, "")
	run(t, ctx,
		chromedp.Navigate(a.url+"/login?next=%2Faudit"),
		chromedp.WaitVisible(chromedp.CSS(`#login`)),
		chromedp.SendKeys(chromedp.CSS(`#login`), "lanhdao"),
		chromedp.SendKeys(chromedp.CSS(`#password`), "sai-mat-khau"),
		chromedp.Submit(chromedp.CSS(`#password`)),
		chromedp.WaitVisible(chromedp.CSS(`.form-error`)),
	)
	if href := evalJS[string](t, ctx, `location.href`); href != a.url+"/login?next=%2Faudit" {
		t.Errorf("after the refused sign-in the address is %s", href)
	}
	reload, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(reload, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#login`))); err != nil {
		t.Fatalf("reload: %v", err)
	}
	if evalJS[bool](t, ctx, `!!document.querySelector(".form-error")`) {
		t.Error("reloading the refused sign-in sent it again")
	}
	if next := evalJS[string](t, ctx, `document.querySelector("input[name=next]").value`); next != "/audit" {
		t.Errorf("after the reload the sign-in leads to %q", next)
	}
}
