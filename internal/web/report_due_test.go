package web

import (
	"net/http"
	"strings"
	"testing"
)

// The due day set on the report settings page moves the dashboard's report
// deadline; a day that is not a day of the month is refused.
func TestReportDueDayIsSetOnTheSettingsPage(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		leader := h.as("lanhdao")
		if res := leader.get("/?period=2026-03"); !strings.Contains(res.body, "hạn 25/03/2026") {
			t.Fatalf("the default due day should be the 25th:\n%s", excerpt(res.body))
		}
		bad := validReportDefaults()
		bad.Set("due_day", "32")
		if res := leader.post(reportDefaultsPath, bad); res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, "từ 1 đến 31") {
			t.Fatalf("due day 32: status %d", res.status)
		}
		good := validReportDefaults()
		good.Set("due_day", "20")
		if res := leader.post(reportDefaultsPath, good); res.status != http.StatusSeeOther {
			t.Fatalf("save due day 20: status %d\n%s", res.status, excerpt(res.body))
		}
		if res := leader.get("/?period=2026-03"); !strings.Contains(res.body, "hạn 20/03/2026") {
			t.Errorf("the dashboard should follow the new due day:\n%s", excerpt(res.body))
		}
	})
}
