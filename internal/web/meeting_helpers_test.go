package web

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// meetingScenarios runs scenarios that need the harness's IDs (the demo meeting,
// the other commune's meeting and task): build makes them from the harness,
// once per engine. It checks what runScenarios checks.
func meetingScenarios(t *testing.T, build func(h *harness) []scenario) {
	eachHarness(t, func(t *testing.T, h *harness) {
		clients := map[string]*client{}
		for _, sc := range build(h) {
			t.Run(sc.name, func(t *testing.T) {
				c, ok := clients[sc.login]
				if !ok {
					c = h.anonymous()
					if sc.login != "" {
						c = h.as(sc.login)
					}
					clients[sc.login] = c
				}
				var res response
				if sc.method == http.MethodPost {
					res = c.post(sc.path, sc.form)
				} else {
					res = c.get(sc.path)
				}
				meetingCheck(t, sc, res)
			})
		}
	})
}

func meetingCheck(t *testing.T, sc scenario, res response) {
	t.Helper()
	if res.status != sc.status {
		t.Errorf("%s %s as %q: status %d, want %d\n%s", sc.method, sc.path, sc.login, res.status, sc.status, excerpt(res.body))
	}
	seen := res.body + "\n" + res.location
	for _, w := range sc.want {
		if !strings.Contains(seen, w) {
			t.Errorf("%s as %q: missing %q\n%s", sc.path, sc.login, w, excerpt(res.body))
		}
	}
	for _, w := range sc.notWant {
		if strings.Contains(seen, w) {
			t.Errorf("%s as %q: must not show %q", sc.path, sc.login, w)
		}
	}
}

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

// meetingLastAudit returns the demo commune's newest audit entry.
func (h *harness) meetingLastAudit() domain.AuditEntry {
	h.t.Helper()
	log, err := h.store.AuditLog(h.t.Context(), h.org.ID, 1, 0)
	must(h.t, err)
	if len(log) == 0 {
		return domain.AuditEntry{}
	}
	return log[0]
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
