package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/nq57/nq57/internal/demo"
)

// signIn fills the sign-in form as a person does and waits for the dashboard.
func signIn(t *testing.T, ctx context.Context, base, login string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#login`)),
		chromedp.SendKeys(chromedp.CSS(`#login`), login),
		chromedp.SendKeys(chromedp.CSS(`#password`), demo.Password),
		chromedp.Submit(chromedp.CSS(`#password`)),
		chromedp.WaitVisible(chromedp.CSS(`nav[aria-label="Chức năng chính"]`)),
	)
	if err != nil {
		t.Fatalf("sign in as %s: %v", login, err)
	}
}

func TestSignInPageAndWrongPassword(t *testing.T) {
	a := startApp(t, engines(t)[0].DSN)
	ctx := browser(t, "")
	err := chromedp.Do(ctx,
		chromedp.Navigate(a.url+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#login`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	shot(t, ctx, "dang-nhap")
	err = chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`#login`), "lanhdao"),
		chromedp.SendKeys(chromedp.CSS(`#password`), "sai-mat-khau"),
		chromedp.Submit(chromedp.CSS(`#password`)),
		chromedp.WaitVisible(chromedp.CSS(`.form-error`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	message, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.form-error`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(message, "không đúng") {
		t.Errorf("wrong password message = %q", message)
	}
	signIn(t, ctx, a.url, "lanhdao")
}
