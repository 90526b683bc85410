package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// Two people edit one meeting from pages drawn at the same version, at the
// same moment: one save goes through, the other is refused (409) with the
// first one's name, and its form keeps what was typed at the version now.
func TestTwoSessionsSavingOneMeeting(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		m := h.meetingOfDemo()
		path := fmt.Sprintf("/meetings/%d", m.ID)
		clients := []*client{h.as("lanhdao"), h.as("vanhoa")}
		contents := []string{"nội dung lãnh đạo gõ", "nội dung cán bộ gõ"}
		res := make([]response, 2)
		var wg sync.WaitGroup
		for i, c := range clients {
			wg.Go(func() {
				res[i] = c.post(path, url.Values{"date": {"2026-03-12"}, "kind": {"committee"}, "content": {contents[i]},
					"version": {fmt.Sprint(m.Version)}})
			})
		}
		wg.Wait()
		won := 0
		if res[0].status != http.StatusSeeOther {
			won = 1
		}
		lost := res[1-won]
		if res[won].status != http.StatusSeeOther || lost.status != http.StatusConflict {
			t.Fatalf("statuses %d and %d, want one 303 and one 409\n%s", res[0].status, res[1].status, excerpt(lost.body))
		}
		winner := []string{"Bùi Thị Hồng Chiên", "Lê Văn Nam"}[won]
		for _, want := range []string{"vừa được " + winner + " sửa", contents[won], ">" + contents[1-won] + "</textarea>",
			fmt.Sprintf(`name="version" value="%d"`, m.Version+1), "<details class=\"edit\" open>"} {
			if !strings.Contains(lost.body, want) {
				t.Errorf("the refused page lacks %q", want)
			}
		}
		if got := h.meetingOfDemo(); got.Content != contents[won] {
			t.Errorf("stored %q, want the winner's %q", got.Content, contents[won])
		}
	})
}

// The same for a task's status: the second change is refused in the task's
// row, which keeps the status chosen.
func TestTwoSessionsChangingOneTask(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		m := h.meetingOfDemo()
		task := m.Tasks[1]
		path := fmt.Sprintf("/tasks/%d", task.ID)
		version := fmt.Sprint(task.Version)
		if r := h.as("lanhdao").post(path, url.Values{"status": {"done"}, "version": {version}}); r.status != http.StatusSeeOther {
			t.Fatalf("first change: %d", r.status)
		}
		r := h.as("vanhoa").post(path, url.Values{"status": {"cancelled"}, "version": {version}})
		if r.status != http.StatusConflict {
			t.Fatalf("second change: %d, want 409\n%s", r.status, excerpt(r.body))
		}
		row := meetingTableRow(r.body, task.Title)
		for _, want := range []string{"vừa được Bùi Thị Hồng Chiên sửa", "nay là “Đã hoàn thành”", `value="cancelled" selected`,
			fmt.Sprintf(`name="version" value="%d"`, task.Version+1)} {
			if !strings.Contains(row, want) {
				t.Errorf("the task's row lacks %q:\n%s", want, row)
			}
		}
		got, err := h.store.TaskByID(t.Context(), h.org.ID, task.ID)
		must(t, err)
		if got.Status != "done" {
			t.Errorf("stored %q, want done", got.Status)
		}
	})
}
