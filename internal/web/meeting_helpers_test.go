package web

import (
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// meetingOfDemo returns the demo commune's March meeting.
func (h *harness) meetingOfDemo() domain.Meeting {
	h.t.Helper()
	ms, err := h.store.Meetings(h.t.Context(), h.org.ID, time.Time{}, time.Time{})
	must(h.t, err)
	if len(ms) == 0 {
		h.t.Fatal("the demo has no meeting")
	}
	return ms[0]
}

// meetingCount is how many meetings the demo commune has.
func (h *harness) meetingCount() int {
	h.t.Helper()
	ms, err := h.store.Meetings(h.t.Context(), h.org.ID, time.Time{}, time.Time{})
	must(h.t, err)
	return len(ms)
}

// meetingTableRow returns the first table row of the page that contains text, or "".
func meetingTableRow(body, text string) string {
	for _, chunk := range strings.Split(body, "<tr")[1:] {
		row, _, _ := strings.Cut(chunk, "</tr>")
		if strings.Contains(row, text) {
			return "<tr" + row
		}
	}
	return ""
}
