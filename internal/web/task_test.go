package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestAddingTasksFromAMeetingsConclusions(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		demo := h.meetingOfDemo()
		units, err := h.store.Units(t.Context(), h.org.ID)
		must(t, err)
		var kinhTe domain.Unit
		for _, u := range units {
			if u.Code == "kinh-te" {
				kinhTe = u
			}
		}
		c := h.as("vanhoa")
		path := fmt.Sprintf("/meetings/%d/tasks", demo.ID)
		res := c.post(path, url.Values{"title": {"Hướng dẫn hộ sản xuất bán hàng trực tuyến"}, "unit": {fmt.Sprint(kinhTe.ID)}, "deadline": {"30/04/2026"}})
		if res.status != http.StatusSeeOther || !strings.Contains(res.location, fmt.Sprintf("/meetings/%d#task-", demo.ID)) {
			t.Fatalf("add a task: %d %q\n%s", res.status, res.location, excerpt(res.body))
		}
		res = c.post(path, url.Values{"title": {"Tập huấn kỹ năng số cho giáo viên"}, "unit_text": {"Các trường học"}, "deadline": {"2026-05-15"}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("add a task for units named in words: %d\n%s", res.status, excerpt(res.body))
		}
		got := h.meetingOfDemo().Tasks
		if len(got) != 4 {
			t.Fatalf("%d tasks, want 4", len(got))
		}
		byUnit, inWords := got[2], got[3]
		if byUnit.UnitID != kinhTe.ID || byUnit.UnitText != "Phòng Kinh tế" || !byUnit.Deadline.Equal(domain.Date(2026, 4, 30)) || byUnit.Status != domain.TaskOpen {
			t.Errorf("task for a chosen unit: %+v", byUnit)
		}
		if inWords.UnitID != 0 || inWords.UnitText != "Các trường học" || !inWords.Deadline.Equal(domain.Date(2026, 5, 15)) {
			t.Errorf("task for units in words: %+v", inWords)
		}
		if e := h.lastAudit(); e.Action != "task.add" || e.UserName != "vanhoa" || !strings.Contains(e.After, "Tập huấn kỹ năng số") {
			t.Errorf("audit entry: %+v", e)
		}
		page := c.get(fmt.Sprintf("/meetings/%d", demo.ID)).body
		if row := meetingTableRow(page, "Tập huấn kỹ năng số cho giáo viên"); !strings.Contains(row, "Các trường học") || !strings.Contains(row, "15/05/2026") {
			t.Errorf("the new task's row: %q", row)
		}
	})
}

func TestBadTaskInputIsRefusedAndSavesNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		form    url.Values
		field   string
		message string
	}{
		{"no title", url.Values{"unit_text": {"VPĐU"}, "deadline": {"2026-04-30"}}, "title", "Nhập nội dung nhiệm vụ."},
		{"no unit", url.Values{"title": {"giữ lại"}, "deadline": {"2026-04-30"}}, "unit", "Chọn cơ quan, đơn vị thực hiện"},
		{"a unit of another commune", url.Values{"title": {"giữ lại"}, "unit": {"999999"}, "deadline": {"2026-04-30"}}, "unit", "Chọn cơ quan, đơn vị trong danh sách."},
		{"no deadline", url.Values{"title": {"giữ lại"}, "unit_text": {"VPĐU"}}, "deadline", "Nhập hạn hoàn thành."},
		{"a bad deadline", url.Values{"title": {"giữ lại"}, "unit_text": {"VPĐU"}, "deadline": {"30/13/2026"}}, "deadline", "không đúng dạng"},
		{"a deadline before the meeting", url.Values{"title": {"giữ lại"}, "unit_text": {"VPĐU"}, "deadline": {"01/03/2026"}}, "deadline", "không được trước ngày họp (12/03/2026)"},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("quantri")
		demo := h.meetingOfDemo()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res := c.post(fmt.Sprintf("/meetings/%d/tasks", demo.ID), tt.form)
				if res.status != http.StatusUnprocessableEntity {
					t.Fatalf("status %d, want 422", res.status)
				}
				if !strings.Contains(res.body, tt.message) || !strings.Contains(res.body, fmt.Sprintf(`aria-describedby="t-%s-error"`, tt.field)) {
					t.Errorf("the message %q is not beside %s\n%s", tt.message, tt.field, excerpt(res.body))
				}
				if tt.field != "title" && !strings.Contains(res.body, ">giữ lại</textarea>") {
					t.Error("the input was not kept")
				}
			})
		}
		if n := len(h.meetingOfDemo().Tasks); n != 2 {
			t.Errorf("refused tasks left %d tasks, want 2", n)
		}
		if e := h.lastAudit(); e.Action != "" {
			t.Errorf("refused input was audited: %+v", e)
		}
	})
}

func TestChangingATasksStatus(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		demo := h.meetingOfDemo()
		open := demo.Tasks[1]
		c := h.as("vanhoa")
		path := fmt.Sprintf("/tasks/%d", open.ID)

		res := c.post(path, url.Values{"status": {"done"}, "version": {fmt.Sprint(open.Version)}})
		if res.status != http.StatusSeeOther || res.location != fmt.Sprintf("/meetings/%d#task-%d", demo.ID, open.ID) {
			t.Fatalf("mark done: %d %q", res.status, res.location)
		}
		got, err := h.store.TaskByID(t.Context(), h.org.ID, open.ID)
		must(t, err)
		if got.Status != domain.TaskDone || !got.DoneAt.Equal(domain.Date(2026, 3, 28)) {
			t.Errorf("after done: %+v", got)
		}
		if e := h.lastAudit(); e.Action != "task.status" || !strings.Contains(e.Before, `"Status":"open"`) || !strings.Contains(e.After, `"DoneAt":"2026-03-28"`) {
			t.Errorf("audit entry: %+v", e)
		}
		if page := c.get(res.location).body; !strings.Contains(page, "Xong ngày 28/03/2026") || !strings.Contains(page, "Đã hoàn thành.") {
			t.Errorf("the meeting page does not show it done:\n%s", excerpt(page))
		}

		if res := c.post(path, url.Values{"status": {"open"}, "version": {fmt.Sprint(got.Version)}}); res.status != http.StatusSeeOther {
			t.Fatalf("reopen: %d", res.status)
		}
		got, err = h.store.TaskByID(t.Context(), h.org.ID, open.ID)
		must(t, err)
		if got.Status != domain.TaskOpen || !got.DoneAt.IsZero() {
			t.Errorf("after reopening: %+v", got)
		}

		if res := c.post(path, url.Values{"status": {"late"}}); res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, "không có") {
			t.Errorf("an unknown status: %d", res.status)
		}
		if got, _ := h.store.TaskByID(t.Context(), h.org.ID, open.ID); got.Status != domain.TaskOpen {
			t.Errorf("an unknown status changed the task: %+v", got)
		}
	})
}

func TestOverdueTasksStandOutOnTheMeetingsPages(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		m := domain.Meeting{OrgID: h.org.ID, Date: domain.Date(2026, 3, 2), Kind: domain.MeetingStanding, Content: "rà soát tiến độ",
			Tasks: []domain.Task{
				{Title: "Nhiệm vụ hạn hôm qua", UnitText: "Phòng Kinh tế", Deadline: domain.Date(2026, 3, 27), Status: domain.TaskOpen},
				{Title: "Nhiệm vụ hạn hôm nay", UnitText: "VPĐU", Deadline: domain.Date(2026, 3, 28), Status: domain.TaskOpen},
			}}
		must(t, h.store.SaveMeeting(t.Context(), &m))
		c := h.as("xem")
		for _, path := range []string{"/meetings", fmt.Sprintf("/meetings/%d", m.ID)} {
			body := c.get(path).body
			late, today := meetingTableRow(body, "Nhiệm vụ hạn hôm qua"), meetingTableRow(body, "Nhiệm vụ hạn hôm nay")
			if !strings.Contains(late, `class="overdue-row"`) || !strings.Contains(late, "Quá hạn") {
				t.Errorf("%s: the overdue task does not stand out: %q", path, late)
			}
			if today == "" || strings.Contains(today, "overdue") || strings.Contains(today, "Quá hạn") {
				t.Errorf("%s: the task due today is shown as overdue (or missing): %q", path, today)
			}
		}
		list := c.get("/meetings").body
		if row := meetingTableRow(list, "rà soát tiến độ"); !strings.Contains(row, "1 quá hạn") {
			t.Errorf("the meeting's row does not count its overdue task: %q", row)
		}
	})
}
