package web

import (
	"net/http"
	"net/url"
	"testing"
)

// TestProvinceAccountsReachNoCommuneScreen checks the level rule at the
// edge: a province's people (Ninh Bình's and Thanh Hóa's) are sent from "/"
// to the province's page and refused every commune screen, whatever their
// role, so that a province never edits a commune's data through them.
func TestProvinceAccountsReachNoCommuneScreen(t *testing.T) {
	t.Parallel()
	var scenarios []scenario
	for _, login := range []string{"tinh-quantri", "tinh-lanhdao", "tinh-chuyenvien", "tinh-xem", "thanhhoa-lanhdao", "thanhhoa-chuyenvien"} {
		scenarios = append(scenarios,
			scenario{name: login + " is sent to the province's page", path: "/", login: login, status: http.StatusSeeOther, want: []string{"/province"}},
			scenario{name: login + " may not open the data grid", path: "/data", login: login, status: http.StatusForbidden},
			scenario{name: login + " may not open the programs", path: "/programs", login: login, status: http.StatusForbidden},
			scenario{name: login + " may not open the reports", path: "/reports", login: login, status: http.StatusForbidden},
			scenario{name: login + " may not issue a commune's report", method: "POST", path: "/reports/2026-03/issue", login: login, form: url.Values{"issue-number": {"12"}, "issue-date": {"28/03/2026"}}, status: http.StatusForbidden},
			scenario{name: login + " may not open the submissions", path: "/submissions", login: login, status: http.StatusForbidden},
		)
	}
	runScenarios(t, scenarios)
}
