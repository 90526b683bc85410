package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestMeetingRoutes(t *testing.T) {
	t.Parallel()
	runScenariosOf(t, func(h *harness) []scenario {
		demo := h.meetingOfDemo()
		own := fmt.Sprintf("/meetings/%d", demo.ID)
		other := fmt.Sprintf("/meetings/%d", h.other.Meeting.ID)
		otherTask := fmt.Sprintf("/tasks/%d", h.other.Meeting.Tasks[0].ID)
		ownTask := fmt.Sprintf("/tasks/%d", demo.Tasks[1].ID)
		list := []string{"Họp và nhiệm vụ", "12/03/2026", "Ban chỉ đạo", "Thành lập Tổ công nghệ số cộng đồng", "Phòng VH-XH"}
		valid := url.Values{"date": {"2026-03-20"}, "kind": {"standing"}, "content": {"rà soát"}}
		task := url.Values{"title": {"x"}, "unit_text": {"VPĐU"}, "deadline": {"30/04/2026"}}
		var sc []scenario
		for _, login := range []string{"quantri", "lanhdao", "vanhoa", "vanphong", "xem"} {
			sc = append(sc,
				scenario{name: login + " lists meetings", login: login, path: "/meetings", status: http.StatusOK, want: list, notWant: meetingNotLeaked},
				scenario{name: login + " reads a meeting", login: login, path: own, status: http.StatusOK,
					want: []string{"Cuộc họp ngày 12/03/2026", "Bí thư Đảng ủy xã", "Rà soát, báo cáo tỷ lệ hồ sơ"}, notWant: meetingNotLeaked},
				scenario{name: login + " cannot read another commune's meeting", login: login, path: other, status: http.StatusNotFound, notWant: meetingNotLeaked},
			)
		}
		return append(sc,
			scenario{name: "anonymous is sent to sign in", path: "/meetings", status: http.StatusSeeOther, want: []string{"/login?next=%2Fmeetings"}},
			scenario{name: "anonymous cannot record", method: http.MethodPost, path: "/meetings", form: valid, status: http.StatusSeeOther, want: []string{"/login"}},
			scenario{name: "viewer sees no recording button", login: "xem", path: "/meetings", status: http.StatusOK, notWant: []string{`href="/meetings/new"`}},
			scenario{name: "viewer sees no task forms", login: "xem", path: own, status: http.StatusOK, want: []string{"Đang thực hiện"},
				notWant: []string{"Giao nhiệm vụ từ kết luận", `action="/tasks/`, "Sửa thông tin cuộc họp"}},
			scenario{name: "viewer may not open the form", login: "xem", path: "/meetings/new", status: http.StatusForbidden},
			scenario{name: "viewer may not record", login: "xem", method: http.MethodPost, path: "/meetings", form: valid, status: http.StatusForbidden},
			scenario{name: "viewer may not edit", login: "xem", method: http.MethodPost, path: own, form: valid, status: http.StatusForbidden},
			scenario{name: "viewer may not add tasks", login: "xem", method: http.MethodPost, path: own + "/tasks", form: task, status: http.StatusForbidden},
			scenario{name: "viewer may not change a task", login: "xem", method: http.MethodPost, path: ownTask, form: url.Values{"status": {"done"}}, status: http.StatusForbidden},
			scenario{name: "staff opens the form", login: "vanhoa", path: "/meetings/new", status: http.StatusOK,
				want: []string{"Ghi cuộc họp", `name="date"`, `type="date"`, "Thường trực Ban Chỉ đạo", "Lãnh đạo Ban Chỉ đạo", `for="m-content"`}},
			scenario{name: "leader opens the form", login: "lanhdao", path: "/meetings/new", status: http.StatusOK, want: []string{`value="2026-03-28"`}},
			scenario{name: "a meeting that is no number", login: "quantri", path: "/meetings/abc", status: http.StatusNotFound},
			scenario{name: "admin cannot edit another commune's meeting", login: "quantri", method: http.MethodPost, path: other, form: valid,
				status: http.StatusNotFound, notWant: meetingNotLeaked},
			scenario{name: "staff cannot edit another commune's meeting", login: "vanhoa", method: http.MethodPost, path: other, form: valid,
				status: http.StatusNotFound, notWant: meetingNotLeaked},
			scenario{name: "admin cannot add a task to another commune's meeting", login: "quantri", method: http.MethodPost, path: other + "/tasks", form: task,
				status: http.StatusNotFound, notWant: meetingNotLeaked},
			scenario{name: "admin cannot change another commune's task", login: "quantri", method: http.MethodPost, path: otherTask, form: url.Values{"status": {"done"}},
				status: http.StatusNotFound, notWant: meetingNotLeaked},
			scenario{name: "staff cannot change another commune's task", login: "vanphong", method: http.MethodPost, path: otherTask, form: url.Values{"status": {"cancelled"}},
				status: http.StatusNotFound, notWant: meetingNotLeaked},
		)
	})
}

func TestCrossCommuneWritesChangeNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("quantri")
		other := fmt.Sprintf("/meetings/%d", h.other.Meeting.ID)
		c.post(other, url.Values{"date": {"2026-03-20"}, "kind": {"standing"}, "content": {"đổi trộm"}})
		c.post(other+"/tasks", url.Values{"title": {"thêm trộm"}, "unit_text": {"VPĐU"}, "deadline": {"2026-04-30"}})
		c.post(fmt.Sprintf("/tasks/%d", h.other.Meeting.Tasks[0].ID), url.Values{"status": {"done"}})
		got, err := h.store.MeetingByID(t.Context(), h.other.Org.ID, h.other.Meeting.ID)
		must(t, err)
		if got.Content != h.other.Meeting.Content || len(got.Tasks) != 1 || got.Tasks[0].Status != domain.TaskOpen {
			t.Errorf("the other commune's meeting changed: %+v", got)
		}
		if e := h.lastAudit(); e.Action != "" {
			t.Errorf("refused writes were audited: %+v", e)
		}
	})
}

func TestStaffRecordsAMeeting(t *testing.T) {
	t.Parallel()
	for _, date := range []string{"05/03/2026", "2026-03-05", "5/3/2026"} {
		t.Run(date, func(t *testing.T) {
			t.Parallel()
			eachHarness(t, func(t *testing.T, h *harness) {
				c := h.as("vanphong")
				res := c.post("/meetings", url.Values{"date": {date}, "kind": {"leaders"}, "chair": {"Chủ tịch UBND xã"},
					"participants": {"Thường trực Tổ Giúp việc"}, "content": {"đánh giá tiến độ quý I"}, "conclusions": {"Đẩy nhanh\r\nhồ sơ trực tuyến"}})
				if res.status != http.StatusSeeOther || !strings.HasPrefix(res.location, "/meetings/") {
					t.Fatalf("record: %d %q\n%s", res.status, res.location, excerpt(res.body))
				}
				page := c.get(res.location)
				for _, w := range []string{"Đã lưu cuộc họp ngày 05/03/2026", "Lãnh đạo Ban Chỉ đạo", "Chủ tịch UBND xã", "đánh giá tiến độ quý I"} {
					if !strings.Contains(page.body, w) {
						t.Errorf("the meeting page lacks %q", w)
					}
				}
				if n := h.meetingCount(); n != 2 {
					t.Errorf("%d meetings, want 2", n)
				}
				ms, err := h.store.Meetings(t.Context(), h.org.ID, domain.Date(2026, 3, 5), domain.Date(2026, 3, 5))
				must(t, err)
				if len(ms) != 1 || ms[0].Conclusions != "Đẩy nhanh\nhồ sơ trực tuyến" || ms[0].Kind != domain.MeetingLeaders {
					t.Errorf("stored: %+v", ms)
				}
				if e := h.lastAudit(); e.Action != "meeting.create" || e.UserName != "vanphong" || !strings.Contains(e.After, "đánh giá tiến độ quý I") {
					t.Errorf("audit entry: %+v", e)
				}
			})
		})
	}
}

func TestBadMeetingInputIsRefusedAndSavesNothing(t *testing.T) {
	t.Parallel()
	valid := func() url.Values {
		return url.Values{"date": {"2026-03-20"}, "kind": {"committee"}, "chair": {"Bí thư"}, "content": {"nội dung giữ lại"}}
	}
	tests := []struct {
		name, field, value, message string
	}{
		{"no date", "date", "", "Nhập ngày họp."},
		{"a date that does not exist", "date", "31/02/2026", "không đúng dạng"},
		{"words for a date", "date", "hôm qua", "không đúng dạng"},
		{"a year out of range", "date", "1999-03-20", "khoảng 2000–2100"},
		{"an unknown kind", "kind", "party", "Chọn loại cuộc họp trong danh sách."},
		{"no content", "content", "", "Nhập nội dung (mục đích) cuộc họp"},
		{"a chair too long", "chair", strings.Repeat("a", 501), "tối đa 500 ký tự"},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("quantri")
		demo := h.meetingOfDemo()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				form := valid()
				form.Set(tt.field, tt.value)
				for _, path := range []string{"/meetings", fmt.Sprintf("/meetings/%d", demo.ID)} {
					res := c.post(path, form)
					if res.status != http.StatusUnprocessableEntity {
						t.Fatalf("POST %s: status %d, want 422", path, res.status)
					}
					want := fmt.Sprintf(`aria-describedby="m-%s-error"`, tt.field)
					if !strings.Contains(res.body, tt.message) || !strings.Contains(res.body, want) {
						t.Errorf("POST %s: the message %q is not beside the field %s\n%s", path, tt.message, tt.field, excerpt(res.body))
					}
					if tt.field != "content" && !strings.Contains(res.body, "nội dung giữ lại") {
						t.Errorf("POST %s: the input was not kept", path)
					}
				}
			})
		}
		if n := h.meetingCount(); n != 1 {
			t.Errorf("refused input left %d meetings, want 1", n)
		}
		if got := h.meetingOfDemo(); got.Content != demo.Content || !got.Date.Equal(demo.Date) {
			t.Errorf("refused edits changed the meeting: %+v", got)
		}
		if e := h.lastAudit(); e.Action != "" {
			t.Errorf("refused input was audited: %+v", e)
		}
	})
}

func TestEditingAMeetingKeepsItsTasks(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		demo := h.meetingOfDemo()
		res := h.as("lanhdao").post(fmt.Sprintf("/meetings/%d", demo.ID), url.Values{"date": {"13/03/2026"}, "kind": {"standing"},
			"chair": {demo.Chair}, "participants": {demo.Participants}, "content": {"nội dung mới"}, "conclusions": {demo.Conclusions},
			"version": {fmt.Sprint(demo.Version)}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("edit: %d\n%s", res.status, excerpt(res.body))
		}
		got := h.meetingOfDemo()
		if got.Content != "nội dung mới" || got.Kind != domain.MeetingStanding || !got.Date.Equal(domain.Date(2026, 3, 13)) {
			t.Errorf("not saved: %+v", got)
		}
		if len(got.Tasks) != 2 || got.Tasks[0].ID != demo.Tasks[0].ID || got.Tasks[1].ID != demo.Tasks[1].ID || got.Tasks[0].Status != domain.TaskDone {
			t.Errorf("the tasks changed: %+v, were %+v", got.Tasks, demo.Tasks)
		}
		e := h.lastAudit()
		if e.Action != "meeting.update" || !strings.Contains(e.Before, "triển khai chương trình") || !strings.Contains(e.After, "nội dung mới") {
			t.Errorf("audit entry: %+v", e)
		}
	})
}

func TestMeetingsOfALockedMonthCannotChange(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		must(t, h.store.LockPeriod(t.Context(), domain.PeriodLock{OrgID: h.org.ID, Period: domain.MonthPeriod(2026, 3), LockedAt: testNow, LockedBy: "lanhdao"}))
		c := h.as("quantri")
		res := c.post("/meetings", url.Values{"date": {"2026-03-20"}, "kind": {"committee"}, "content": {"họp muộn"}})
		if res.status != http.StatusConflict || !strings.Contains(res.body, "đã khóa") {
			t.Errorf("a meeting in a locked month: %d\n%s", res.status, excerpt(res.body))
		}
		demo := h.meetingOfDemo()
		res = c.post(fmt.Sprintf("/meetings/%d", demo.ID), url.Values{"date": {"2026-04-02"}, "kind": {"committee"}, "content": {"dời sang tháng 4"}})
		if res.status != http.StatusConflict {
			t.Errorf("moving a meeting out of a locked month: %d", res.status)
		}
		if n := h.meetingCount(); n != 1 || h.meetingOfDemo().Content != demo.Content {
			t.Error("a locked month's meetings changed")
		}
		res = c.post("/meetings", url.Values{"date": {"2026-04-02"}, "kind": {"committee"}, "content": {"họp tháng 4"}})
		if res.status != http.StatusSeeOther {
			t.Errorf("a meeting in an open month: %d", res.status)
		}
	})
}
