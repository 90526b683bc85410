package web

import (
	"net/http"
	"net/url"
	"testing"
)

// A NUL byte gave PostgreSQL's SQLSTATE 22021 (a 500) and SQLite kept raw
// invalid UTF-8: both are refused at the way in, naming the field, and
// nothing is saved.
func TestTextThatCannotBeKeptIsRefusedAtTheWayIn(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		before := h.meetingCount()
		leader := h.as("lanhdao")
		for _, tt := range []struct {
			name, content string
		}{
			{"NUL", "họp\x00"},
			{"invalid UTF-8", "h\xffp"},
			{"a control character", "họp\x07"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				res := leader.post("/meetings", url.Values{"date": {"2026-03-20"}, "kind": {"standing"}, "content": {tt.content}})
				checkResponse(t, scenario{name: tt.name, status: http.StatusUnprocessableEntity, want: []string{"Ô “content”", "Chưa lưu gì"}}, res)
			})
		}
		if got := h.meetingCount(); got != before {
			t.Errorf("meetings after refused saves: %d, want %d", got, before)
		}
		res := leader.get("/submissions?q=" + url.QueryEscape("a\x00"))
		checkResponse(t, scenario{status: http.StatusUnprocessableEntity, want: []string{"Ô “q”"}}, res)
		res = leader.post("/meetings", url.Values{"date": {"2026-03-20"}, "kind": {"standing"}, "content": {"Họp\r\nnhiều dòng\tcó tab"}})
		if res.status != http.StatusSeeOther {
			t.Errorf("a multi-line text with a tab: status %d, want 303\n%s", res.status, excerpt(res.body))
		}
	})
}
