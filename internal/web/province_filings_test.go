package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// withMarchFiling asks Ninh Bình's communes for the monthly report by the
// 25th and has Xuân Hưng's leader issue March through the web app (on the
// harness's Saturday 28/3: late), and returns the filing's page.
func withMarchFiling(t *testing.T, h *harness) string {
	t.Helper()
	ctx := context.Background()
	cv := domain.ReportRequest{ProvinceID: h.org.ParentID, Kind: domain.ReportKindNQ57Monthly, Frequency: domain.Month,
		Audience: domain.AudienceAll, DocNumber: "202-CV/UBKTTU", DocDate: domain.Date(2026, 1, 27), DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình",
		FirstPeriod: domain.MonthPeriod(2026, 1), DueDay: 25, IssuedAt: domain.Date(2026, 1, 27), IssuedBy: "tinh-lanhdao"}
	must(t, h.store.SaveRequest(ctx, &cv))
	res := h.as("lanhdao").post("/reports/2026-03/issue", url.Values{"number": {"12"}, "date": {"28/03/2026"}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("issue March: %d\n%s", res.status, excerpt(res.body))
	}
	f, err := h.store.FilingOf(ctx, h.org.ID, domain.ReportKindNQ57Monthly, domain.MonthPeriod(2026, 3))
	must(t, err)
	return fmt.Sprintf("/province/filings/%d", f.ID)
}

// TestProvinceFilingRoutes checks every route of the completeness page and a
// filing's page for every role of both provinces and of the communes: the
// province reads its communes' reports, its reviewers accept or return them,
// another province sees none of them and no commune account reaches them.
func TestProvinceFilingRoutes(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		page := withMarchFiling(t, h)
		version := url.Values{"version": {"1"}}
		var sc []scenario
		for _, login := range []string{"tinh-quantri", "tinh-lanhdao", "tinh-chuyenvien", "tinh-xem"} {
			sc = append(sc,
				scenario{name: login + " sees the grid", login: login, path: "/province?year=2026", status: http.StatusOK,
					want: []string{"Tình hình nộp báo cáo năm 2026", "Xuân Hưng", "Muộn 2 ngày", page, "Xuân Hòa", "Quá hạn 2 ngày"}, notWant: []string{"Hải Tiến"}},
				scenario{name: login + " exports the grid", login: login, path: "/province/completeness.xlsx?year=2026&sort=lateness", status: http.StatusOK},
				scenario{name: login + " opens the filing", login: login, path: page, status: http.StatusOK,
					want: []string{"Báo cáo tháng 3 năm 2026 — xã Xuân Hưng", "nộp muộn (2 ngày)", "12-BC/ĐU", "Các lần nộp"}},
				scenario{name: login + " downloads the PDF", login: login, path: page + "/versions/1/pdf", status: http.StatusOK},
			)
		}
		sc = append(sc,
			scenario{name: "a reviewer is offered the review", login: "tinh-chuyenvien", path: page, status: http.StatusOK, want: []string{"Tiếp nhận báo cáo", "Trả lại báo cáo"}},
			scenario{name: "the viewer is not", login: "tinh-xem", path: page, status: http.StatusOK, notWant: []string{"Tiếp nhận báo cáo", "Trả lại báo cáo"}},
			scenario{name: "an unknown filter is refused", login: "tinh-xem", path: "/province?status=lost", status: http.StatusBadRequest},
			scenario{name: "a version that is not there", login: "tinh-xem", path: page + "/versions/9/pdf", status: http.StatusNotFound},
			scenario{name: "a format that is not offered", login: "tinh-xem", path: page + "/versions/1/html", status: http.StatusNotFound},
		)
		for _, login := range []string{"thanhhoa-lanhdao", "thanhhoa-chuyenvien"} {
			sc = append(sc,
				scenario{name: login + " sees its own grid", login: login, path: "/province?year=2026", status: http.StatusOK, want: []string{"Hải Tiến"}, notWant: []string{"Xuân Hưng"}},
				scenario{name: login + " cannot open Ninh Bình's filing", login: login, path: page, status: http.StatusNotFound, notWant: []string{"Xuân Hưng"}},
				scenario{name: login + " cannot download it", login: login, path: page + "/versions/1/docx", status: http.StatusNotFound},
			)
		}
		sc = append(sc,
			scenario{name: "another province's reviewer cannot accept", login: "thanhhoa-chuyenvien", method: "POST", path: page + "/accept", form: version, status: http.StatusNotFound},
			scenario{name: "another province's reviewer cannot return", login: "thanhhoa-chuyenvien", method: "POST", path: page + "/return", form: url.Values{"version": {"1"}, "reason": {"Trả lại từ tỉnh khác"}}, status: http.StatusNotFound},
			scenario{name: "the province's viewer cannot accept", login: "tinh-xem", method: "POST", path: page + "/accept", form: version, status: http.StatusForbidden},
			scenario{name: "the province's administrator cannot accept", login: "tinh-quantri", method: "POST", path: page + "/accept", form: version, status: http.StatusForbidden},
		)
		for _, login := range []string{"quantri", "lanhdao", "xem", "xuanhoa-admin", "haitien-admin"} {
			sc = append(sc,
				scenario{name: login + " cannot see the grid", login: login, path: "/province", status: http.StatusForbidden},
				scenario{name: login + " cannot export it", login: login, path: "/province/completeness.xlsx", status: http.StatusForbidden},
				scenario{name: login + " cannot open the filing", login: login, path: page, status: http.StatusForbidden},
				scenario{name: login + " cannot download it", login: login, path: page + "/versions/1/pdf", status: http.StatusForbidden},
				scenario{name: login + " cannot accept", login: login, method: "POST", path: page + "/accept", form: version, status: http.StatusForbidden},
				scenario{name: login + " cannot return", login: login, method: "POST", path: page + "/return", form: url.Values{"version": {"1"}, "reason": {"Trả lại báo cáo của chính mình"}}, status: http.StatusForbidden},
			)
		}
		sc = append(sc,
			scenario{name: "a visitor is sent to sign in", path: "/province", status: http.StatusSeeOther, want: []string{"/login"}},
			scenario{name: "a return without a reason is refused", login: "tinh-chuyenvien", method: "POST", path: page + "/return", form: url.Values{"version": {"1"}, "reason": {"ngắn"}}, status: http.StatusUnprocessableEntity, want: []string{"ít nhất 10 ký tự"}},
			scenario{name: "the reviewer returns it", login: "tinh-chuyenvien", method: "POST", path: page + "/return", form: url.Values{"version": {"1"}, "reason": {"Bổ sung minh chứng tiêu chí II.6"}}, status: http.StatusSeeOther, want: []string{page}},
			scenario{name: "the leader's accept on the older page is refused", login: "tinh-lanhdao", method: "POST", path: page + "/accept", form: version, status: http.StatusConflict, want: []string{"tinh-chuyenvien"}},
			scenario{name: "the commune sees the return and its reason", login: "lanhdao", path: "/reports/2026-03", status: http.StatusOK, want: []string{"Bị trả lại", "Bổ sung minh chứng tiêu chí II.6"}},
			scenario{name: "the filing's page says the return once, and that it came late", login: "tinh-xem", path: page, status: http.StatusOK,
				want: []string{"bị trả lại</span>\n  · lần đầu nộp muộn"}, notWant: []string{"· Bị trả lại"}},
			scenario{name: "the grid shows it returned", login: "tinh-xem", path: "/province?year=2026&status=returned", status: http.StatusOK, want: []string{"Trả lại", "Xuân Hưng"}, notWant: []string{"Xuân Hòa"}},
		)
		runScenariosOn(t, h, sc)
	})
}

// TestAnAcceptedReportCannotBeUnlockedFromTheWeb follows an accept to the
// commune's report page: the status shown, the unlock form gone and its
// post refused.
func TestAnAcceptedReportCannotBeUnlockedFromTheWeb(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		page := withMarchFiling(t, h)
		runScenariosOn(t, h, []scenario{
			{name: "the commune sees it waiting", login: "lanhdao", path: "/reports/2026-03", status: http.StatusOK, want: []string{"Đã nộp, chờ tiếp nhận", "Mở khóa số liệu"}},
			{name: "the leader accepts", login: "tinh-lanhdao", method: "POST", path: page + "/accept", form: url.Values{"version": {"1"}}, status: http.StatusSeeOther},
			{name: "accepting again is refused", login: "tinh-chuyenvien", method: "POST", path: page + "/accept", form: url.Values{"version": {"2"}}, status: http.StatusConflict, want: []string{"Đã tiếp nhận"}},
			{name: "the commune sees it accepted", login: "lanhdao", path: "/reports/2026-03", status: http.StatusOK, want: []string{"Đã tiếp nhận"}, notWant: []string{"Mở khóa số liệu"}},
			{name: "its unlock is refused", login: "lanhdao", method: "POST", path: "/reports/2026-03/unlock", form: url.Values{"reason": {"Sửa số liệu sau khi tỉnh tiếp nhận"}}, status: http.StatusConflict, want: []string{"không mở khóa được nữa"}},
		})
	})
}
