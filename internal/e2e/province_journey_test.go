package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/notify/mailtest"
)

// TestJourneyProvinceRequestReturnResubmitAccept follows one report from the
// province's request to its acceptance in a real browser, with every
// e-mail going to a real SMTP server: the province's leader issues the
// request; Xuân Hưng's leader issues the March report; the province's grid
// shows it on time at once; the chuyên viên returns it with a reason; the
// commune's leader reads the notification, corrects a value and issues
// again; the chuyên viên sees what changed between the versions and
// accepts it. An e-mail of each step reached the server.
func TestJourneyProvinceRequestReturnResubmitAccept(t *testing.T) {
	for _, e := range engines(t) {
		t.Run(e.Name, func(t *testing.T) { provinceJourney(t, e.DSN, e.Name == "sqlite" && *screenshots != "") })
	}
}

func provinceJourney(t *testing.T, dsn string, saveShots bool) {
	a := startApp(t, dsn)
	mail := mailtest.Start(t)
	drain := mailer(t, a, mail)
	for login, address := range map[string]string{"lanhdao": "lanhdao@xuanhung.example", "tinh-chuyenvien": "chuyenvien@ninhbinh.example"} {
		u := a.User(login)
		u.Email = address
		must(t, a.Store.UpdateUser(context.Background(), &u))
	}
	ctx := browser(t, "")
	maybeShot := func(name string) {
		if saveShots {
			shot(t, ctx, name)
		}
	}
	acceptDialogs(t, ctx)

	// 1. The province's leader issues the request for the monthly report.
	signIn(t, ctx, a.url, "tinh-lanhdao")
	run(t, ctx, chromedp.Navigate(a.url+"/province/requests/new"), chromedp.WaitVisible(chromedp.CSS(`input[name="doc_number"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="doc_number"]`), "202-CV/UBKTTU"),
		chromedp.SendKeys(chromedp.CSS(`input[name="doc_date"]`), "27/01/2026"),
		chromedp.SendKeys(chromedp.CSS(`input[name="doc_body"]`), "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"),
		chromedp.SetValue(chromedp.CSS(`input[name="first_period"]`), "03/2026"),
		chromedp.SetValue(chromedp.CSS(`input[name="due_day"]`), "31"),
		chromedp.Click(chromedp.CSS(`main form button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`form[action$="/issue"] button`)),
		chromedp.Click(chromedp.CSS(`form[action$="/issue"] button`)), chromedp.WaitVisible(chromedp.CSS(".request-open")))
	drain(1, "lanhdao@xuanhung.example", "Công văn số 202-CV/UBKTTU")
	signOut(t, ctx)

	// 2. The commune's leader issues the March report: it is submitted.
	signIn(t, ctx, a.url, "lanhdao")
	issueMarch(t, ctx, a.url, "28/03/2026")
	drain(2, "chuyenvien@ninhbinh.example", "Xuân Hưng")
	signOut(t, ctx)

	// 3. The province's grid shows it on time at once; the chuyên viên
	// opens it and returns it with a reason.
	signIn(t, ctx, a.url, "tinh-chuyenvien")
	run(t, ctx, chromedp.Navigate(a.url+"/province?year=2026"), chromedp.WaitVisible(chromedp.CSS(`table.completeness`)))
	if cell := rowCell(t, ctx, "Xuân Hưng", 3); cell != "Đúng hạn" {
		t.Fatalf("Xuân Hưng's March cell reads %q, want Đúng hạn", cell)
	}
	reason := "Tiêu chí I.6 chưa cập nhật số máy tính đã trang bị trong tháng; đề nghị bổ sung và ban hành lại."
	run(t, ctx, chromedp.Click(chromedp.CSS(`table.completeness a[href^="/province/filings/"]`)), chromedp.WaitVisible(chromedp.CSS(`#reason`)),
		chromedp.SendKeys(chromedp.CSS(`#reason`), reason),
		chromedp.Click(chromedp.CSS(`form[action$="/return"] button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`.flash`)))
	drain(3, "lanhdao@xuanhung.example", "trả lại")
	signOut(t, ctx)

	// 4. The commune's leader reads why, corrects I.6 and issues again.
	signIn(t, ctx, a.url, "lanhdao")
	run(t, ctx, chromedp.Navigate(a.url+"/notifications"), chromedp.WaitVisible(chromedp.CSS(`main`)))
	if body := mustText(t, ctx, "main"); !strings.Contains(body, reason) {
		t.Errorf("the notifications do not give the reason: %q", body)
	}
	computers := criterion(t, a, "I", 6)
	field := fmt.Sprintf("c%d-t0", computers.ID)
	run(t, ctx, chromedp.Navigate(a.url+"/data?period=2026-03"), chromedp.WaitVisible(chromedp.CSS(`form.data-form`)),
		chromedp.SetValue(chromedp.CSS(`[name="`+field+`-num"]`), "42"),
		chromedp.SetValue(chromedp.CSS(`[name="`+field+`-den"]`), "42"),
		chromedp.Click(chromedp.CSS(`form.data-form button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`.flash`)))
	if flash := mustText(t, ctx, `.flash`); !strings.Contains(flash, "Đã lưu") {
		t.Fatalf("after correcting: %q", flash)
	}
	issueMarch(t, ctx, a.url, "30/03/2026")
	drain(4, "chuyenvien@ninhbinh.example", "Xuân Hưng")
	signOut(t, ctx)

	// 5. The chuyên viên sees the change between the versions and accepts.
	signIn(t, ctx, a.url, "tinh-chuyenvien")
	run(t, ctx, chromedp.Navigate(a.url+"/province?year=2026"), chromedp.WaitVisible(chromedp.CSS(`table.completeness`)),
		chromedp.Click(chromedp.CSS(`table.completeness a[href^="/province/filings/"]`)), chromedp.WaitVisible(chromedp.CSS(`#diff`)))
	diff := mustText(t, ctx, `#diff`)
	if !strings.Contains(diff, "lần 1 sang lần 2") {
		t.Errorf("the diff's heading reads %q", diff)
	}
	if section := mustText(t, ctx, `section[aria-labelledby="diff"]`); !strings.Contains(section, "100% cán bộ, công chức được trang bị máy tính") {
		t.Errorf("the diff does not name I.6: %q", section)
	}
	maybeShot("bao-cao-gui-tinh-thay-doi")
	run(t, ctx, chromedp.Click(chromedp.CSS(`form[action$="/accept"] button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`.flash`)))
	drain(5, "lanhdao@xuanhung.example", "tiếp nhận")
	run(t, ctx, chromedp.Navigate(a.url+"/province?year=2026"), chromedp.WaitVisible(chromedp.CSS(`table.completeness`)))
	if cell := rowCell(t, ctx, "Xuân Hưng", 3); cell != "Tiếp nhận" {
		t.Errorf("after accepting, the cell reads %q", cell)
	}
	if locked, err := a.Store.PeriodLocked(context.Background(), a.Org.ID, domain.MonthPeriod(2026, 3)); err != nil || !locked {
		t.Errorf("an accepted March should stay locked (locked=%v, err=%v)", locked, err)
	}
}

// mailer returns a function that sends what the outbox holds to the mail
// server, as serve's worker does, and checks that the server then holds
// want messages, the last to the address and with the words in its subject
// or body.
func mailer(t *testing.T, a app, mail *mailtest.Server) func(want int, to, words string) {
	cfg, err := notify.ParseSMTP("smtp://" + mail.Addr + "?from=nq57@ninhbinh.example")
	must(t, err)
	public, err := notify.ParsePublicURL("http://127.0.0.1:8057")
	must(t, err)
	w := notify.NewWorker(a.Env, notify.NewSMTPSender(cfg, public), nil, notify.DefaultWorkerConfig())
	return func(want int, to, words string) {
		t.Helper()
		if _, err := w.Drain(context.Background()); err != nil {
			t.Fatal(err)
		}
		got := mail.Messages()
		if len(got) != want {
			t.Fatalf("the mail server holds %d e-mails, want %d: %+v", len(got), want, got)
		}
		last := got[want-1]
		if last.To != to || !strings.Contains(last.Subject+"\n"+last.Body, words) {
			t.Errorf("e-mail %d went to %s: %q\n%s; want %s with %q", want, last.To, last.Subject, last.Body, to, words)
		}
	}
}

// issueMarch issues the March report as number 12 of the date given.
func issueMarch(t *testing.T, ctx context.Context, base, date string) {
	t.Helper()
	run(t, ctx, chromedp.Navigate(base+"/reports/2026-03"), chromedp.WaitVisible(chromedp.CSS(`#issue-number`)),
		chromedp.SetValue(chromedp.CSS(`#issue-number`), "12"),
		chromedp.SetValue(chromedp.CSS(`#issue-date`), date),
		chromedp.Submit(chromedp.CSS(`#issue-number`)), chromedp.WaitVisible(chromedp.CSS(`.flash`)))
	if flash := mustText(t, ctx, `.flash`); !strings.Contains(flash, "Đã ban hành báo cáo số 12-BC/ĐU") {
		t.Fatalf("after issuing: %q", flash)
	}
}

// rowCell is the text of the n-th period's cell in the commune's row of
// the completeness grid.
func rowCell(t *testing.T, ctx context.Context, commune string, n int) string {
	t.Helper()
	js := fmt.Sprintf(`(() => { for (const tr of document.querySelectorAll("table.completeness tbody tr")) {
		if (tr.querySelector("th").textContent.includes(%s)) return tr.querySelectorAll("td")[%d].textContent.trim(); }
		return ""; })()`, quote(commune), n-1)
	return evalJS[string](t, ctx, js)
}

// acceptDialogs answers every confirm() of every page from now on with OK.
func acceptDialogs(t *testing.T, ctx context.Context) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument,
			page.AddScriptToEvaluateOnNewDocumentParams{Source: `window.confirm = () => true`})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
