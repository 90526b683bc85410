package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/nq57/nq57/internal/demo"
)

// The province's leader drafts the seed report's request in a real browser
// (Công văn 202-CV/UBKTTU, data to the 14th, due three working days later),
// issues it to every commune, and reads its page with the next due dates.
func TestJourneyProvinceIssuesARequest(t *testing.T) {
	a := startApp(t, engines(t)[0].DSN)
	ctx := browser(t, "")
	// Signed in, a province's person goes to /province (the completeness
	// page, built beside this); the sign-in form's "next" comes here instead.
	run(t, ctx, chromedp.Navigate(a.url+"/login?next=/province/requests"), chromedp.WaitVisible(chromedp.CSS(`#login`)),
		chromedp.SendKeys(chromedp.CSS(`#login`), "tinh-lanhdao"), chromedp.SendKeys(chromedp.CSS(`#password`), demo.Password),
		chromedp.Submit(chromedp.CSS(`#password`)), chromedp.WaitVisible(chromedp.CSS(`a[href="/province/requests/new"]`)))
	if body := mustText(t, ctx, "main"); !strings.Contains(body, "chưa có yêu cầu báo cáo nào") {
		t.Errorf("the empty list says %q", body)
	}
	// Sent without its number, the form comes back with the problem beside
	// the field and what was typed kept.
	run(t, ctx, chromedp.Click(chromedp.CSS(`a[href="/province/requests/new"]`)), chromedp.WaitVisible(chromedp.CSS(`input[name="doc_number"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="doc_body"]`), "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"),
		chromedp.Click(chromedp.CSS(`main form button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`#r-doc_number-error`)))
	if msg := mustText(t, ctx, `#r-doc_number-error`); !strings.Contains(msg, "Chưa có số, ký hiệu") {
		t.Errorf("the missing number says %q", msg)
	}
	shot(t, ctx, "yeu-cau-loi")
	run(t, ctx, chromedp.SendKeys(chromedp.CSS(`input[name="doc_number"]`), "202-CV/UBKTTU"),
		chromedp.SendKeys(chromedp.CSS(`input[name="doc_date"]`), "27/01/2026"),
		chromedp.SetValue(chromedp.CSS(`input[name="first_period"]`), "03/2026"),
		chromedp.SendKeys(chromedp.CSS(`input[name="cutoff_day"]`), "14"),
		chromedp.Click(chromedp.CSS(`input[name="due_mode"][value="working_days"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="due_working_days"]`), "3"))
	shot(t, ctx, "yeu-cau-soan")
	run(t, ctx, chromedp.Click(chromedp.CSS(`main form button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(".flash")))
	if body := mustText(t, ctx, "main"); !strings.Contains(body, "Công văn số 202-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình") || !strings.Contains(body, "Dự thảo") {
		t.Fatalf("the draft's page says %q", body)
	}
	run(t, ctx, chromedp.Click(chromedp.CSS(`form[action$="/issue"] button`)), chromedp.WaitVisible(chromedp.CSS(".request-open")))
	body := mustText(t, ctx, "main")
	for _, want := range []string{"Đã ban hành", "Đang áp dụng", "Xuân Hưng", "17/04/2026"} {
		if !strings.Contains(body, want) {
			t.Errorf("the issued request's page lacks %q: %q", want, body)
		}
	}
	shot(t, ctx, "yeu-cau")
	run(t, ctx, chromedp.Navigate(a.url+"/province/requests"), chromedp.WaitVisible(chromedp.CSS("main table")))
	shot(t, ctx, "yeu-cau-danh-sach")
	run(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(a.url+"/province/requests/new"), chromedp.WaitVisible(chromedp.CSS(`input[name="doc_number"]`)))
	shot(t, ctx, "yeu-cau-soan-dien-thoai")
}
