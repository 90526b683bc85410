package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// requestForm is the form of the seed report's request (Công văn
// 202-CV/UBKTTU), as the province's leader sends it.
func requestForm(version int64) url.Values {
	v := url.Values{"doc_type": {"Công văn"}, "doc_number": {"202-CV/UBKTTU"}, "doc_date": {"27/01/2026"},
		"doc_body": {"Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"}, "frequency": {"month"}, "audience": {"all"},
		"first_period": {"04/2026"}, "cutoff_day": {"14"}, "due_mode": {"working_days"}, "due_working_days": {"3"},
		"reminder_days": {"3, 1"}}
	if version > 0 {
		v.Set("version", fmt.Sprint(version))
	}
	return v
}

// draftRequest stores a draft request of Ninh Bình (version 1).
func draftRequest(t *testing.T, h *harness) domain.ReportRequest {
	t.Helper()
	r := domain.ReportRequest{ProvinceID: h.org.ParentID, Kind: domain.ReportKindNQ57Monthly, Frequency: domain.Month,
		Audience: domain.AudienceAll, DocType: "Công văn", DocNumber: "202-CV/UBKTTU", DocDate: domain.Date(2026, 1, 27),
		DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình", FirstPeriod: domain.MonthPeriod(2026, 4), CutoffDay: 14, DueWorkingDays: 3,
		ReminderDays: []int{3, 1}}
	must(t, h.store.SaveRequest(context.Background(), &r))
	return r
}

// TestProvinceRequestsRoutes runs every route of the requests screens for
// every kind of account: the province's leader writes; its chuyên viên,
// viewer and administrator read only; a commune's people reach none; the
// leader of another province finds no Ninh Bình request.
func TestProvinceRequestsRoutes(t *testing.T) {
	t.Parallel()
	runScenariosOf(t, func(h *harness) []scenario {
		r := draftRequest(t, h)
		one := fmt.Sprintf("/province/requests/%d", r.ID)
		var sc []scenario
		add := func(s ...scenario) { sc = append(sc, s...) }
		add(scenario{name: "a visitor is sent to sign in", path: "/province/requests", status: http.StatusSeeOther, want: []string{"/login"}})
		for _, login := range []string{"tinh-lanhdao", "tinh-chuyenvien", "tinh-xem", "tinh-quantri"} {
			add(scenario{name: login + " lists the requests", path: "/province/requests", login: login, status: http.StatusOK,
				want: []string{"Yêu cầu báo cáo", "Công văn số 202-CV/UBKTTU", "Dự thảo"}},
				scenario{name: login + " reads a request", path: one, login: login, status: http.StatusOK,
					want:    []string{"Công văn số 202-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình", "Hạn nộp các kỳ tới", "Xuân Hưng", "Xuân Hòa"},
					notWant: []string{"Hải Tiến"}})
		}
		add(scenario{name: "the leader sees the buttons", path: one, login: "tinh-lanhdao", status: http.StatusOK, want: []string{"Ban hành và thông báo cho 2 xã, phường", "Sửa dự thảo"}},
			scenario{name: "the chuyên viên sees no button", path: one, login: "tinh-chuyenvien", status: http.StatusOK, notWant: []string{"Ban hành và thông báo", "Sửa dự thảo"}},
			scenario{name: "the leader opens the form", path: "/province/requests/new", login: "tinh-lanhdao", status: http.StatusOK, want: []string{"Soạn yêu cầu báo cáo", `name="doc_number"`, "Xuân Hòa"}},
			scenario{name: "Thanh Hóa's leader lists none of Ninh Bình's", path: "/province/requests", login: "thanhhoa-lanhdao", status: http.StatusOK, notWant: []string{"202-CV/UBKTTU"}},
			scenario{name: "Thanh Hóa's leader may not read Ninh Bình's", path: one, login: "thanhhoa-lanhdao", status: http.StatusNotFound, notWant: []string{"202-CV/UBKTTU"}},
			scenario{name: "a request that is not there", path: "/province/requests/99999", login: "tinh-lanhdao", status: http.StatusNotFound})
		writes := []struct{ path string }{{"/province/requests"}, {one}, {one + "/issue"}, {one + "/close"}}
		for _, login := range []string{"tinh-chuyenvien", "tinh-xem", "tinh-quantri", "quantri", "lanhdao", "xem", "vanphong", "xuanhoa-admin", "haitien-admin"} {
			add(scenario{name: login + " may not open the form", path: "/province/requests/new", login: login, status: http.StatusForbidden})
			for _, wr := range writes {
				add(scenario{name: login + " may not POST " + wr.path, method: "POST", path: wr.path, form: requestForm(1), login: login, status: http.StatusForbidden})
			}
		}
		for _, login := range []string{"quantri", "lanhdao", "xem", "xuanhoa-admin", "haitien-admin", "thanhhoa-lanhdao"} {
			if login != "thanhhoa-lanhdao" {
				add(scenario{name: login + " may not list the requests", path: "/province/requests", login: login, status: http.StatusForbidden},
					scenario{name: login + " may not read a request", path: one, login: login, status: http.StatusForbidden})
			}
		}
		for _, wr := range writes[1:] {
			add(scenario{name: "Thanh Hóa's leader may not POST " + wr.path, method: "POST", path: wr.path, form: requestForm(1), login: "thanhhoa-lanhdao", status: http.StatusNotFound})
		}
		bad := requestForm(0)
		bad.Set("doc_number", "")
		bad.Set("due_working_days", "năm")
		add(scenario{name: "a bad form is shown again with each problem", method: "POST", path: "/province/requests", form: bad, login: "tinh-lanhdao",
			status: http.StatusUnprocessableEntity, want: []string{"Chưa có số, ký hiệu văn bản yêu cầu", "Số ngày làm việc “năm” phải là một số nguyên", "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"}},
			scenario{name: "the leader saves a new draft", method: "POST", path: "/province/requests", form: requestForm(0), login: "tinh-lanhdao", status: http.StatusSeeOther, want: []string{"/province/requests/"}},
			scenario{name: "the leader edits the draft", method: "POST", path: one, form: requestForm(1), login: "tinh-lanhdao", status: http.StatusSeeOther, want: []string{one}},
			scenario{name: "an edit at the old version is refused", method: "POST", path: one, form: requestForm(1), login: "tinh-lanhdao", status: http.StatusConflict,
				want: []string{"202-CV/UBKTTU", `name="version" value="2"`}},
			scenario{name: "an issue at the old version is refused", method: "POST", path: one + "/issue", form: url.Values{"version": {"1"}}, login: "tinh-lanhdao", status: http.StatusConflict},
			scenario{name: "the leader issues it", method: "POST", path: one + "/issue", form: url.Values{"version": {"2"}}, login: "tinh-lanhdao", status: http.StatusSeeOther, want: []string{one}},
			scenario{name: "the list shows it applies", path: "/province/requests", login: "tinh-xem", status: http.StatusOK, want: []string{"Đang áp dụng"}},
			scenario{name: "an issued request is not edited", method: "POST", path: one, form: requestForm(3), login: "tinh-lanhdao", status: http.StatusConflict, want: []string{"đã ban hành"}},
			scenario{name: "the leader closes it", method: "POST", path: one + "/close", form: url.Values{"version": {"3"}}, login: "tinh-lanhdao", status: http.StatusSeeOther, want: []string{one}},
			scenario{name: "the closed request reads closed", path: one, login: "tinh-chuyenvien", status: http.StatusOK, want: []string{"Đã đóng"}})
		return sc
	})
}

// TestACommunePicksUpTheRequest issues a Công văn through the province's
// screens; the commune's dashboard then shows March due on the 18th (three
// working days after the 14th) by that request, and the draft report opens
// by citing it; February, before the request, keeps the settings' due day.
func TestACommunePicksUpTheRequest(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		lead := h.as("tinh-lanhdao")
		form := requestForm(0)
		form.Set("first_period", "03/2026")
		form.Set("doc_number", "35-CV/UBKTTU") // the demo's own basis cites 202-CV/UBKTTU in its own words already
		res := lead.post("/province/requests", form)
		if res.status != http.StatusSeeOther {
			t.Fatalf("save the draft: %d\n%s", res.status, excerpt(res.body))
		}
		if res = lead.post(res.location+"/issue", url.Values{"version": {"1"}}); res.status != http.StatusSeeOther {
			t.Fatalf("issue: %d\n%s", res.status, excerpt(res.body))
		}
		commune := h.as("lanhdao")
		dash := commune.get("/?period=2026-03")
		for _, want := range []string{"hạn 18/03/2026", "Hạn theo Công văn số 35-CV/UBKTTU của tỉnh"} {
			if !strings.Contains(dash.body, want) {
				t.Errorf("the dashboard lacks %q\n%s", want, excerpt(dash.body))
			}
		}
		preview := commune.get("/reports/2026-03/preview")
		if !strings.Contains(preview.body, "Thực hiện Công văn số 35-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình; ") {
			t.Errorf("the report does not cite the request\n%s", excerpt(preview.body))
		}
		if dash := commune.get("/?period=2026-02"); !strings.Contains(dash.body, "hạn 25/02/2026") || strings.Contains(dash.body, "Hạn theo") {
			t.Errorf("February, before the request, should keep the settings' due day")
		}
	})
}
