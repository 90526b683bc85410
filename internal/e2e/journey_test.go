package e2e

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/nq57/nq57/internal/domain"
)

// The journey of the issue: a unit official signs in and enters a value, the
// report preview shows it, the leader issues the report, and the issued DOCX
// downloads with its number. It runs on every engine.
func TestJourneyEnterValuePreviewIssueDownload(t *testing.T) {
	for _, e := range engines(t) {
		t.Run(e.Name, func(t *testing.T) { journey(t, e.DSN, e.Name == "sqlite") })
	}
}

func journey(t *testing.T, dsn string, saveShots bool) {
	a := startApp(t, dsn)
	computers := criterion(t, a, "I", 6) // "100% cán bộ, công chức được trang bị máy tính kết nối mạng", led by VP HĐND - UBND
	ctx := browser(t, "")
	maybeShot := func(name string) {
		if saveShots {
			shot(t, ctx, name)
		}
	}

	// A unit official enters April's value: 42 of 42 officials have a computer.
	// As she types, the status follows the server's rules: 42 of 4 is refused
	// (a numerator larger than its denominator), 42 of 42 is met.
	signIn(t, ctx, a.url, "vanphong")
	maybeShot("tong-quan-can-bo")
	field := fmt.Sprintf("c%d-t0", computers.ID)
	num := fmt.Sprintf(`[name="%s-num"]`, field)
	run(t, ctx,
		chromedp.Navigate(a.url+"/data?period=2026-04"),
		chromedp.WaitVisible(chromedp.CSS(`form.data-form`)),
		chromedp.SendKeys(chromedp.CSS(num), "42"),
		chromedp.SendKeys(chromedp.CSS(`[name="`+field+`-den"]`), "4"),
	)
	waitText(t, ctx, num, `tr`, `.js-status`, "Cần sửa")
	if msg := text(t, ctx, num, `tr`, `#`+field+`-num-error`); msg != "Tử số không được lớn hơn mẫu số." {
		t.Errorf("the refused numerator says %q", msg)
	}
	run(t, ctx, chromedp.SendKeys(chromedp.CSS(`[name="`+field+`-den"]`), "2"))
	waitText(t, ctx, num, `tr`, `.js-status`, "Đạt")
	maybeShot("nhap-so-lieu-thang-4")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`form.data-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.flash`)),
	)
	if flash := mustText(t, ctx, `.flash`); !strings.Contains(flash, "Đã lưu số liệu của 1 tiêu chí") {
		t.Fatalf("after saving: %q", flash)
	}

	// The leader opens April's report: the preview lists the criterion met.
	signOut(t, ctx)
	signIn(t, ctx, a.url, "lanhdao")
	run(t, ctx,
		chromedp.Navigate(a.url+"/reports/2026-04/preview"),
		chromedp.WaitVisible(chromedp.CSS(`table.criteria`)),
	)
	preview := mustText(t, ctx, `body`)
	for _, want := range []string{"đạt 9/39 tiêu chí", "100% cán bộ, công chức được trang bị máy tính kết nối mạng", "tháng 4 năm 2026"} {
		if !strings.Contains(preview, want) {
			t.Errorf("preview lacks %q", want)
		}
	}

	// The leader issues it as number 15 of 30/4/2026.
	run(t, ctx,
		chromedp.Navigate(a.url+"/reports/2026-04"),
		chromedp.WaitVisible(chromedp.CSS(`#issue-number`)),
	)
	maybeShot("ban-hanh-truoc")
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.confirm = () => true; true`))
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx,
		chromedp.SetValue(chromedp.CSS(`#issue-number`), "15"), // over the next free number the form offers
		chromedp.SetValue(chromedp.CSS(`#issue-date`), "30/04/2026"),
		chromedp.Submit(chromedp.CSS(`#issue-number`)),
		chromedp.WaitVisible(chromedp.CSS(`.flash`)),
	)
	if flash := mustText(t, ctx, `.flash`); !strings.Contains(flash, "Đã ban hành báo cáo số 15-BC/ĐU") {
		t.Fatalf("after issuing: %q", flash)
	}
	maybeShot("ban-hanh")

	// The issued DOCX downloads from the page's link, numbered and dated.
	docx := download(t, ctx, `a[href*="/issued/"][href$="/docx"]`)
	xml := documentXML(t, docx)
	for _, want := range []string{"Số 15-BC/ĐU", "ngày 30 tháng 4 năm 2026", "100% cán bộ, công chức được trang bị máy tính kết nối mạng"} {
		if !strings.Contains(xml, want) {
			t.Errorf("issued DOCX lacks %q", want)
		}
	}
	locked, err := a.Store.PeriodLocked(context.Background(), computers.orgID, domain.MonthPeriod(2026, 4))
	if err != nil || !locked {
		t.Errorf("April should be locked after issuing (locked=%v, err=%v)", locked, err)
	}
}

// criterionRef is a demo criterion and its organisation.
type criterionRef struct {
	ID    int64
	orgID int64
}

func criterion(t *testing.T, a app, numeral string, number int) criterionRef {
	t.Helper()
	return criterionRef{ID: a.Criterion(fmt.Sprintf("%s.%d", numeral, number)).ID, orgID: a.Org.ID}
}

func run(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func mustText(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("text of %s: %v", css, err)
	}
	return strings.TrimSpace(s)
}

// text returns the text of the element matching inner within the closest
// ancestor matching outer of the element matching from.
func text(t *testing.T, ctx context.Context, from, outer, inner string) string {
	t.Helper()
	js := fmt.Sprintf(`document.querySelector(%q).closest(%q).querySelector(%q).textContent.trim()`, from, outer, inner)
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return s
}

// waitText waits until text (as above) is want, as a page that asks the
// server shows it a moment later.
func waitText(t *testing.T, ctx context.Context, from, outer, inner, want string) {
	t.Helper()
	js := fmt.Sprintf(`document.querySelector(%q).closest(%q).querySelector(%q).textContent.trim() === %q`, from, outer, inner, want)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("%s of %s shows %q, want %q: %v", inner, from, text(t, ctx, from, outer, inner), want, err)
	}
}

func signOut(t *testing.T, ctx context.Context) {
	t.Helper()
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`details.account > summary`)), // the account's menu holds the button
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`#login`)),
	)
}

// download fetches the target of a link with the browser's own session and
// returns the bytes, as a person's click on the link would save them.
func download(t *testing.T, ctx context.Context, link string) []byte {
	t.Helper()
	js := fmt.Sprintf(`(async () => {
		const href = document.querySelector(%q).href;
		const res = await fetch(href);
		if (!res.ok) { throw new Error(href + ": " + res.status); }
		const bytes = new Uint8Array(await res.arrayBuffer());
		let s = ""; for (const b of bytes) { s += String.fromCharCode(b); }
		return btoa(s);
	})()`, link)
	b64, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("download %s: %v", link, err)
	}
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func documentXML(t *testing.T, docx []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatalf("the download is not a DOCX: %v", err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("the DOCX has no word/document.xml")
	return ""
}
