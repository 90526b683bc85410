package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

var goodTemplate = url.Values{"title": {"Đã chuyển nhà mạng"}, "body": {"Xã đã chuyển kiến nghị tới nhà mạng để khắc phục trong tuần."}}

// deadlineValues is the deadline form with every rule at its default, and
// some cells replaced ("phan_anh-accept" → "5").
func deadlineValues(days map[string]string, working map[string]string) url.Values {
	v := url.Values{}
	for _, r := range domain.DefaultDeadlineRules() {
		name := submissions.RuleField(r.Kind, r.Stage)
		v.Set("days-"+name, fmt.Sprint(r.Days))
		v.Set("working-"+name, map[bool]string{true: "1", false: "0"}[r.Working])
	}
	for k, d := range days {
		v.Set("days-"+k, d)
	}
	for k, w := range working {
		v.Set("working-"+k, w)
	}
	return v
}

func TestSettingsRoutesByRole(t *testing.T) {
	t.Parallel()
	readers := []string{"quantri", "lanhdao", "vanhoa", "xem"}
	var sc []scenario
	for _, login := range readers {
		sc = append(sc,
			scenario{name: login + " reads the deadlines", login: login, path: "/settings/deadlines", status: http.StatusOK,
				want: []string{"Thời hạn xử lý phản ánh, kiến nghị", "Xem xét tiếp nhận", "mặc định"}},
			scenario{name: login + " reads the calendar", login: login, path: "/settings/calendar?year=2026", status: http.StatusOK,
				want: []string{"Lịch làm việc năm 2026", "Bính Ngọ", "17/02/2026, âm lịch 1/1/2026", "26/04/2026, âm lịch 10/3/2026", "Nghỉ bù", "Làm bù cho thứ Sáu 02/01/2026"}},
		)
	}
	for _, login := range []string{"lanhdao", "vanhoa", "vanphong", "xem"} {
		sc = append(sc,
			scenario{name: login + " may not save a template", login: login, method: http.MethodPost, path: "/settings/answers", form: goodTemplate, status: http.StatusForbidden},
			scenario{name: login + " may not delete a template", login: login, method: http.MethodPost, path: "/settings/answers/1/delete", status: http.StatusForbidden},
			scenario{name: login + " may not save deadlines", login: login, method: http.MethodPost, path: "/settings/deadlines", form: deadlineValues(nil, nil), status: http.StatusForbidden},
			scenario{name: login + " may not change the calendar", login: login, method: http.MethodPost, path: "/settings/calendar", form: url.Values{"date": {"2026-06-05"}, "off": {"1"}}, status: http.StatusForbidden},
			scenario{name: login + " may not delete a calendar day", login: login, method: http.MethodPost, path: "/settings/calendar/delete", form: url.Values{"date": {"2026-01-02"}}, status: http.StatusForbidden},
		)
	}
	sc = append(sc,
		scenario{name: "leader sees no edit forms on deadlines", login: "lanhdao", path: "/settings/deadlines", status: http.StatusOK, notWant: []string{`name="days-`, "Lưu thời hạn"}},
		scenario{name: "admin edits deadlines", login: "quantri", path: "/settings/deadlines", status: http.StatusOK, want: []string{`name="days-phan_anh-accept"`, "Lưu thời hạn"}},
		scenario{name: "staff read templates", login: "vanhoa", path: "/settings/answers", status: http.StatusOK, want: []string{"Mẫu trả lời", "Chỉ quản trị viên"}, notWant: []string{"Thêm mẫu"}},
		scenario{name: "viewer has no templates", login: "xem", path: "/settings/answers", status: http.StatusForbidden},
		scenario{name: "staff see no calendar form", login: "vanhoa", path: "/settings/calendar", status: http.StatusOK, notWant: []string{`action="/settings/calendar"`}},
		scenario{name: "a year out of range", login: "quantri", path: "/settings/calendar?year=1800", status: http.StatusBadRequest, want: []string{"từ 2000 đến 2100"}},
		scenario{name: "the calendar of 2027", login: "quantri", path: "/settings/calendar?year=2027", status: http.StatusOK, want: []string{"Đinh Mùi", "06/02/2027, âm lịch 1/1/2027"}},
		scenario{name: "anonymous deadlines", path: "/settings/deadlines", status: http.StatusSeeOther, want: []string{"/login"}},
		scenario{name: "anonymous calendar", path: "/settings/calendar", status: http.StatusSeeOther, want: []string{"/login"}},
		scenario{name: "anonymous templates", path: "/settings/answers", status: http.StatusSeeOther, want: []string{"/login"}},
	)
	runScenarios(t, sc)
}

func TestAnswerTemplatesAreSavedAuditedAndValidated(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		bad := []struct {
			form url.Values
			want string
		}{
			{url.Values{"title": {""}, "body": goodTemplate["body"]}, "Đặt tên cho mẫu trả lời."},
			{url.Values{"title": goodTemplate["title"], "body": {"Ngắn quá."}}, "cần ít nhất 20 ký tự"},
			{url.Values{"title": {strings.Repeat("x", 201)}, "body": goodTemplate["body"]}, "Tên mẫu quá dài"},
		}
		for _, b := range bad {
			if r := admin.post("/settings/answers", b.form); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, b.want) {
				t.Errorf("%v: %d, want 422 with %q", b.form, r.status, b.want)
			}
		}
		if list, _ := h.store.AnswerTemplates(t.Context(), h.org.ID); len(list) != 0 {
			t.Fatalf("refused forms saved templates: %+v", list)
		}
		if r := admin.post("/settings/answers", goodTemplate); r.status != http.StatusSeeOther {
			t.Fatalf("save: %d\n%s", r.status, excerpt(r.body))
		}
		list, err := h.store.AnswerTemplates(t.Context(), h.org.ID)
		must(t, err)
		if len(list) != 1 || list[0].Body != goodTemplate.Get("body") {
			t.Fatalf("saved: %+v", list)
		}
		if r := admin.post("/settings/answers", goodTemplate); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "đã có mẫu trả lời") {
			t.Errorf("a second template with the same title: %d", r.status)
		}
		edit := url.Values{"id": {itoa(list[0].ID)}, "version": {"1"}, "title": {"Đã chuyển Viettel"}, "body": {"Xã đã chuyển kiến nghị tới Viettel để khắc phục."}}
		if r := admin.post("/settings/answers", edit); r.status != http.StatusSeeOther {
			t.Fatalf("edit: %d", r.status)
		}
		del := url.Values{"version": {"2"}}
		if r := admin.post(fmt.Sprintf("/settings/answers/%d/delete", list[0].ID), del); r.status != http.StatusSeeOther {
			t.Fatalf("delete: %d", r.status)
		}
		if r := admin.post(fmt.Sprintf("/settings/answers/%d/delete", list[0].ID), del); r.status != http.StatusNotFound {
			t.Errorf("delete twice: %d, want 404", r.status)
		}
		if n := auditCount(t, h, "answer_template."); n != 3 {
			t.Errorf("%d audit entries for templates, want 3", n)
		}
	})
}

func TestDeadlineRulesAreValidatedSavedAndApplied(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		for _, days := range []string{"0", "366", "ba", ""} {
			r := admin.post("/settings/deadlines", deadlineValues(map[string]string{"kien_nghi-answer": days}, nil))
			if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "Kiến nghị, trả lời: nhập số ngày từ 1 đến 365.") ||
				!strings.Contains(r.body, `id="days-kien_nghi-answer-error"`) {
				t.Errorf("%q days: %d\n%s", days, r.status, excerpt(r.body))
			}
		}
		if r := admin.post("/settings/deadlines", deadlineValues(nil, map[string]string{"phan_anh-accept": "2"})); r.status != http.StatusUnprocessableEntity {
			t.Errorf("a bad day kind: %d", r.status)
		}
		if own, _ := h.store.DeadlineRules(t.Context(), h.org.ID); len(own) != 0 || auditCount(t, h, "deadline_rules.") != 0 {
			t.Fatalf("refused forms saved rules: %+v", own)
		}
		r := admin.post("/settings/deadlines", deadlineValues(map[string]string{"phan_anh-accept": "5"}, map[string]string{"phan_anh-accept": "0"}))
		if r.status != http.StatusSeeOther {
			t.Fatalf("save: %d\n%s", r.status, excerpt(r.body))
		}
		own, err := h.store.DeadlineRules(t.Context(), h.org.ID)
		must(t, err)
		if len(own) != 1 || own[0] != (domain.DeadlineRule{OrgID: h.org.ID, Kind: domain.KindFeedback, Stage: domain.StageAccept, Days: 5, Working: false}) {
			t.Errorf("stored %+v, want only the changed rule", own)
		}
		if auditCount(t, h, "deadline_rules.save") != 1 {
			t.Error("no audit entry")
		}
		if page := admin.get("/settings/deadlines"); !strings.Contains(page.body, "mặc định: 3 ngày làm việc") {
			t.Error("the changed rule does not show its default")
		}
		// A feedback recorded at 10:00 on Friday 27/3: 5 calendar days end on
		// Wednesday 1/4.
		r = admin.post("/submissions", recordValues(nil))
		if r.status != http.StatusSeeOther {
			t.Fatalf("record: %d", r.status)
		}
		if sub := loadByPath(t, h, r.location); !sub.DueAt.Equal(submissions.EndOfDay(domain.Date(2026, 4, 1))) {
			t.Errorf("due %v under the new rule", sub.DueAt.In(domain.Vietnam))
		}
		// Recorded on Tuesday 24/3 the 5 days end on Monday 30/3, since
		// Sunday 29/3 is a day off and a period ending on one moves on.
		r = admin.post("/submissions", recordValues(map[string]string{"received_at": "2026-03-24T09:00", "sender_phone": "0900000001"}))
		if sub := loadByPath(t, h, r.location); !sub.DueAt.Equal(submissions.EndOfDay(domain.Date(2026, 3, 30))) {
			t.Errorf("due %v, want the Monday after the Sunday", sub.DueAt.In(domain.Vietnam))
		}
	})
}

func TestCalendarOverridesAreValidatedSavedAndDeleted(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		bad := []struct {
			form url.Values
			want string
		}{
			{url.Values{"date": {""}, "off": {"1"}}, "Chọn ngày."},
			{url.Values{"date": {"31/02/2026"}, "off": {"1"}}, "Ngày “31/02/2026” không đúng"},
			{url.Values{"date": {"2026-06-07"}, "off": {"1"}}, "Chủ nhật 07/06/2026 đã là ngày nghỉ."},
			{url.Values{"date": {"2026-09-02"}, "off": {"1"}}, "đã là ngày nghỉ (Quốc khánh)"},
			{url.Values{"date": {"2026-06-05"}, "off": {"0"}}, "Thứ Sáu 05/06/2026 vốn là ngày làm việc."},
			{url.Values{"date": {"2026-06-05"}, "off": {"có"}}, "Chọn nghỉ thêm hoặc làm việc."},
			{url.Values{"date": {"2026-06-05"}, "off": {"1"}, "note": {strings.Repeat("ghi chú ", 30)}}, "Ghi chú quá dài"},
			{url.Values{"date": {"1999-06-05"}, "off": {"1"}}, "từ năm 2000 đến năm 2100"},
		}
		for _, b := range bad {
			if r := admin.post("/settings/calendar", b.form); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, b.want) {
				t.Errorf("%v: %d, want 422 with %q\n%s", b.form, r.status, b.want, excerpt(r.body))
			}
		}
		if own, _ := h.store.CalendarOverrides(t.Context(), h.org.ID); len(own) != 0 {
			t.Fatalf("refused forms saved days: %+v", own)
		}
		r := admin.post("/settings/calendar", url.Values{"date": {"2026-06-05"}, "off": {"1"}, "note": {"Nghỉ lễ hội làng"}})
		if r.status != http.StatusSeeOther || r.location != "/settings/calendar?year=2026" {
			t.Fatalf("add a day off: %d %q\n%s", r.status, r.location, excerpt(r.body))
		}
		r = admin.post("/settings/calendar", url.Values{"date": {"2026-06-13"}, "off": {"0"}, "note": {"Làm bù cho 05/06"}})
		if r.status != http.StatusSeeOther {
			t.Fatalf("add a worked Saturday: %d\n%s", r.status, excerpt(r.body))
		}
		page := admin.get("/settings/calendar?year=2026")
		for _, w := range []string{"Nghỉ lễ hội làng", "Làm bù cho 05/06", "Xã điều chỉnh", "Nghỉ thêm"} {
			if !strings.Contains(page.body, w) {
				t.Errorf("the calendar lacks %q", w)
			}
		}
		own, err := h.store.CalendarOverrides(t.Context(), h.org.ID)
		must(t, err)
		cal := submissions.Calendar(own)
		if cal.IsWorkingDay(domain.Date(2026, 6, 5)) || !cal.IsWorkingDay(domain.Date(2026, 6, 13)) {
			t.Error("the overrides do not change the working calendar")
		}
		if r := admin.post("/settings/calendar/delete", url.Values{"date": {"2026-06-05"}}); r.status != http.StatusSeeOther {
			t.Fatalf("delete: %d", r.status)
		}
		if r := admin.post("/settings/calendar/delete", url.Values{"date": {"2026-06-05"}}); r.status != http.StatusNotFound {
			t.Errorf("delete twice: %d, want 404", r.status)
		}
		if r := admin.post("/settings/calendar/delete", url.Values{"date": {"2026-01-02"}}); r.status != http.StatusNotFound {
			t.Errorf("deleting a built-in day: %d, want 404", r.status)
		}
		if n := auditCount(t, h, "calendar."); n != 3 {
			t.Errorf("%d audit entries for the calendar, want 3", n)
		}
	})
}
