package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestIssueRefusesANumberUsedInTheSeries: February is issued as number 12;
// March may not take 12 (nor "012") in the same Party term: the refusal names
// February's report and the next free number, which the issue form also
// offers. A reissue of February after an unlock may keep its own number. A
// new term, or a state document in another year, starts again from 01.
func TestIssueRefusesANumberUsedInTheSeries(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		leader := h.as("lanhdao")
		issue := func(period, number, date string) response {
			return leader.post("/reports/"+period+"/issue", url.Values{"number": {number}, "date": {date}})
		}
		if r := issue("2026-02", "12", "25/02/2026"); r.status != http.StatusSeeOther {
			t.Fatalf("issue February: %d\n%s", r.status, excerpt(r.body))
		}
		if page := leader.get("/reports/2026-03"); !strings.Contains(page.body, `name="number" value="13"`) ||
			!strings.Contains(page.body, "Số tiếp theo chưa dùng trong sổ BC/ĐU, nhiệm kỳ 2025–2030: <strong>13</strong>") {
			t.Errorf("the March issue form does not offer 13\n%s", excerpt(page.body))
		}
		for _, number := range []string{"12", "012"} {
			r := issue("2026-03", number, "31/03/2026")
			if r.status != http.StatusUnprocessableEntity {
				t.Fatalf("March as %s: %d, want 422\n%s", number, r.status, excerpt(r.body))
			}
			for _, want := range []string{`id="issue-number-error"`, "đã dùng cho báo cáo tháng 2 năm 2026 (số 12-BC/ĐU ngày 25/02/2026)",
				"BC/ĐU, nhiệm kỳ 2025–2030", "Số tiếp theo chưa dùng: 13", `value="` + number + `"`} {
				if !strings.Contains(r.body, want) {
					t.Errorf("March as %s: the page lacks %q", number, want)
				}
			}
		}
		if reportLocked(t, h) || reportIssueCount(t, h) != 1 {
			t.Fatal("a refused issue locked March or kept a document")
		}
		if r := issue("2026-03", "13", "31/03/2026"); r.status != http.StatusSeeOther {
			t.Fatalf("March as 13: %d\n%s", r.status, excerpt(r.body))
		}
		if r := leader.post("/reports/2026-02/unlock", url.Values{"reason": {"Bổ sung số liệu tháng 2 của Phòng Kinh tế"}}); r.status != http.StatusSeeOther {
			t.Fatalf("unlock February: %d", r.status)
		}
		if r := issue("2026-02", "13", "26/02/2026"); r.status != http.StatusUnprocessableEntity {
			t.Errorf("February reissued as March's 13: %d, want 422", r.status)
		}
		if r := issue("2026-02", "12", "26/02/2026"); r.status != http.StatusSeeOther {
			t.Errorf("February reissued with its own 12: %d\n%s", r.status, excerpt(r.body))
		}

		// A new term starts the Party numbers again.
		form := withValues(validReportDefaults(), "term", "2030–2035", "version", formVersionOf(t, leader.get(reportDefaultsPath)))
		if r := leader.post(reportDefaultsPath, form); r.status != http.StatusSeeOther {
			t.Fatalf("save the new term: %d\n%s", r.status, excerpt(r.body))
		}
		if page := leader.get("/reports/2026-04"); !strings.Contains(page.body, "nhiệm kỳ 2030–2035: <strong>01</strong>") {
			t.Errorf("a new term does not start from 01\n%s", excerpt(page.body))
		}
		if r := issue("2026-04", "12", "28/04/2026"); r.status != http.StatusSeeOther {
			t.Errorf("12 in a new term: %d\n%s", r.status, excerpt(r.body))
		}
	})
}

// TestStateDocumentsAreNumberedPerYear: a state document's number runs per
// calendar year of its date, whatever the term.
func TestStateDocumentsAreNumberedPerYear(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		leader := h.as("lanhdao")
		form := withValues(validReportDefaults(), "style", "state", "symbol", "BC-UBND", "version", "1")
		if r := leader.post(reportDefaultsPath, form); r.status != http.StatusSeeOther {
			t.Fatalf("save state style: %d\n%s", r.status, excerpt(r.body))
		}
		issue := func(period, number, date string) response {
			return leader.post("/reports/"+period+"/issue", url.Values{"number": {number}, "date": {date}})
		}
		if r := issue("2026-11", "05", "25/11/2026"); r.status != http.StatusSeeOther {
			t.Fatalf("November: %d\n%s", r.status, excerpt(r.body))
		}
		if r := issue("2026-12", "5", "20/12/2026"); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "BC-UBND, năm 2026") {
			t.Errorf("December as 5 in 2026: %d, want 422 naming the year", r.status)
		}
		if r := issue("2026-12", "5", "05/01/2027"); r.status != http.StatusSeeOther {
			t.Errorf("December as 5, dated in 2027: %d\n%s", r.status, excerpt(r.body))
		}
	})
}
