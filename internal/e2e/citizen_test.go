package e2e

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The journey of a citizen's feedback: sent through the public form, accepted,
// assigned and answered by the commune, read by its sender with the tracking
// code, and counted in the month's report. It runs on every engine.
func TestJourneyCitizenFeedbackAnsweredAndReported(t *testing.T) {
	for _, e := range engines(t) {
		t.Run(e.Name, func(t *testing.T) { citizenJourney(t, e.DSN, e.Name == "sqlite") })
	}
}

func citizenJourney(t *testing.T, dsn string, saveShots bool) {
	a := startApp(t, dsn)
	ctx := browser(t, "")
	maybeShot := func(name string) {
		if saveShots {
			shot(t, ctx, name)
		}
	}

	// A citizen sends feedback to Xuân Hưng, without an account.
	run(t, ctx,
		chromedp.Navigate(a.url+"/pakn/xuan-hung"),
		chromedp.WaitVisible(chromedp.CSS(`#title`)),
	)
	maybeShot("gui-phan-anh")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`#kind-phan_anh`)),
		chromedp.SetValue(chromedp.CSS(`#field`), "Chuyển đổi số"),
		chromedp.SendKeys(chromedp.CSS(`#title`), "Sóng di động yếu ở thôn Trà Lũ"),
		chromedp.SendKeys(chromedp.CSS(`#content`), "Từ tháng 2 năm 2026, sóng 4G ở thôn Trà Lũ rất yếu, người dân không dùng được dịch vụ công trực tuyến. Đề nghị xã làm việc với doanh nghiệp viễn thông để lắp thêm trạm."),
		chromedp.SendKeys(chromedp.CSS(`#sender_name`), "Nguyễn Văn Bình"),
		chromedp.SendKeys(chromedp.CSS(`#sender_address`), "Thôn Trà Lũ, xã Xuân Hưng"),
		chromedp.SendKeys(chromedp.CSS(`#sender_phone`), "0912 345 678"),
		chromedp.Click(chromedp.CSS(`#consent`)),
	)
	fieldValue, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`#field`)))
	if err != nil || fieldValue == "" {
		t.Fatalf("the field select has no option %q (value %q, %v)", "Chuyển đổi số", fieldValue, err)
	}
	run(t, ctx,
		chromedp.Submit(chromedp.CSS(`#title`)),
		chromedp.WaitVisible(chromedp.CSS(`.flash`)),
	)
	location, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(location)
	if err != nil || u.Path != "/tra-cuu" || u.Query().Get("ma") == "" {
		t.Fatalf("after sending: %s", location)
	}
	code := u.Query().Get("ma")
	maybeShot("ma-tra-cuu")

	sub, err := a.Store.SubmissionByCode(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(sub.ID, 10)
	unit := unitID(t, a, "vp-hdnd-ubnd")

	// The leader accepts it and assigns it to the office.
	signIn(t, ctx, a.url, "lanhdao")
	run(t, ctx,
		chromedp.Navigate(a.url+"/submissions"),
		chromedp.WaitVisible(chromedp.CSS(`main h1`)),
	)
	if inbox := mustText(t, ctx, "main"); !strings.Contains(inbox, "Sóng di động yếu ở thôn Trà Lũ") {
		t.Fatalf("the inbox lacks the new submission:\n%s", inbox)
	}
	maybeShot("hop-thu-pakn")
	run(t, ctx,
		chromedp.Navigate(a.url+"/submissions/"+id),
		chromedp.Click(chromedp.CSS(`form[action$="/accept"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`#assign-unit`)),
		chromedp.SetValue(chromedp.CSS(`#assign-unit`), strconv.FormatInt(unit, 10)),
		chromedp.Submit(chromedp.CSS(`#assign-unit`)),
		chromedp.WaitVisible(chromedp.CSS(`.flash`)),
	)
	signOut(t, ctx)

	// The office answers it.
	signIn(t, ctx, a.url, "vanphong")
	run(t, ctx,
		chromedp.Navigate(a.url+"/submissions/"+id),
		chromedp.WaitVisible(chromedp.CSS(`#answer-text`)),
		chromedp.SendKeys(chromedp.CSS(`#answer-text`), "UBND xã đã làm việc với VNPT Ninh Bình; trạm phát sóng mới ở thôn Trà Lũ hoạt động từ ngày 10/4/2026."),
		chromedp.Submit(chromedp.CSS(`#answer-text`)),
		chromedp.WaitVisible(chromedp.CSS(`.flash`)),
	)
	maybeShot("tra-loi-pakn")
	signOut(t, ctx)

	// The citizen reads the answer with the tracking code.
	run(t, ctx,
		chromedp.Navigate(a.url+"/tra-cuu?ma="+url.QueryEscape(strings.ToLower(code))),
		chromedp.WaitVisible(chromedp.CSS(`main h1`)),
	)
	lookup := mustText(t, ctx, "main")
	for _, want := range []string{code, "Đã trả lời", "trạm phát sóng mới ở thôn Trà Lũ"} {
		if !strings.Contains(lookup, want) {
			t.Errorf("the lookup page lacks %q", want)
		}
	}
	if strings.Contains(lookup, "0912") {
		t.Error("the lookup page shows the sender's phone")
	}
	maybeShot("tra-cuu-ket-qua")

	// March's report counts it, answered on time.
	signIn(t, ctx, a.url, "lanhdao")
	run(t, ctx,
		chromedp.Navigate(a.url+"/reports/2026-03/preview"),
		chromedp.WaitVisible(chromedp.CSS(`table.criteria`)),
	)
	preview := mustText(t, ctx, "body")
	for _, want := range []string{
		"Trong tháng 3, UBND xã đã tiếp nhận 01 phản ánh, kiến nghị, sáng kiến, giải pháp (01 phản ánh)",
		"đã trả lời 01 (đều đúng hạn)",
	} {
		if !strings.Contains(preview, want) {
			t.Errorf("March's report lacks %q", want)
		}
	}
	if strings.Contains(preview, "chưa tiếp nhận được phản ánh") {
		t.Error("March's report still says nothing was received")
	}
}

func unitID(t *testing.T, a app, code string) int64 {
	t.Helper()
	return a.Unit(code).ID
}
