package web

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var versionField = regexp.MustCompile(`name="version" value="([0-9]+)"`)

// formVersionOf reads the version a page's form was drawn with.
func formVersionOf(t *testing.T, page response) string {
	t.Helper()
	m := versionField.FindStringSubmatch(page.body)
	if m == nil {
		t.Fatalf("the page has no version field\n%s", excerpt(page.body))
	}
	return m[1]
}

// TestReportSaveAgainstAnOlderVersionIsRefused: two people open March's
// compose page; the first saves; the second's save, made against the page
// drawn before, is refused with 409, says who changed what and when, keeps
// what the second typed, and changes nothing. Saving again from that page is
// then a deliberate choice and goes through.
func TestReportSaveAgainstAnOlderVersionIsRefused(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin, leader := h.as("quantri"), h.as("lanhdao")
		v := formVersionOf(t, admin.get("/reports/2026-03"))
		if lv := formVersionOf(t, leader.get("/reports/2026-03")); lv != v {
			t.Fatalf("two pages drawn at once carry versions %s and %s", v, lv)
		}
		res := admin.post("/reports/2026-03", reportComposeForm(map[string]string{"version": v, "signer": "Trần Văn Mới"}))
		if res.status != http.StatusSeeOther {
			t.Fatalf("first save: %d\n%s", res.status, excerpt(res.body))
		}
		mine := "Nhận xét của lãnh đạo, gõ trên trang cũ."
		res = leader.post("/reports/2026-03", reportComposeForm(map[string]string{"version": v, "assessment": mine}))
		if res.status != http.StatusConflict {
			t.Fatalf("stale save: %d, want 409\n%s", res.status, excerpt(res.body))
		}
		for _, want := range []string{"vừa được Nguyễn Văn Quản sửa lúc 09:00 ngày 28/03/2026", "Người ký: Trần Văn Mới", mine, "chưa được lưu"} {
			if !strings.Contains(res.body, want) {
				t.Errorf("the refused page lacks %q\n%s", want, excerpt(res.body))
			}
		}
		if preview := leader.get("/reports/2026-03/preview").body; strings.Contains(preview, mine) || !strings.Contains(preview, "Trần Văn Mới") {
			t.Error("the refused save changed the report, or the first save was lost")
		}
		again := formVersionOf(t, res)
		if again == v {
			t.Fatal("the refused page still carries the old version")
		}
		if r := leader.post("/reports/2026-03", reportComposeForm(map[string]string{"version": again, "assessment": mine, "signer": "Trần Văn Mới"})); r.status != http.StatusSeeOther {
			t.Fatalf("deliberate second save: %d\n%s", r.status, excerpt(r.body))
		}
		if preview := leader.get("/reports/2026-03/preview").body; !strings.Contains(preview, mine) || !strings.Contains(preview, "Trần Văn Mới") {
			t.Error("the deliberate save is not in the report")
		}
	})
}

// TestConcurrentReportSavesOneWins: two sessions post March's settings at
// the same moment against the same version: exactly one is saved, the other
// is told, on both engines.
func TestConcurrentReportSavesOneWins(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		for _, path := range []string{"/reports/2026-03", reportDefaultsPath} {
			clients := []*client{h.as("quantri"), h.as("lanhdao")}
			v := formVersionOf(t, clients[0].get(path))
			forms := []url.Values{}
			for _, signer := range []string{"Người Ký Một", "Người Ký Hai"} {
				f := reportComposeForm(map[string]string{"signer": signer})
				if path == reportDefaultsPath {
					f = withValues(validReportDefaults(), "signer", signer)
				}
				f.Set("version", v)
				forms = append(forms, f)
			}
			statuses := make([]int, 2)
			var wg sync.WaitGroup
			for i := range clients {
				wg.Go(func() { statuses[i] = clients[i].post(path, forms[i]).status })
			}
			wg.Wait()
			won, told := 0, 0
			for _, s := range statuses {
				switch s {
				case http.StatusSeeOther:
					won++
				case http.StatusConflict:
					told++
				}
			}
			if won != 1 || told != 1 {
				t.Errorf("%s: two saves of version %s answered %v, want one 303 and one 409", path, v, statuses)
			}
		}
	})
}

// TestReportDefaultsSaveAgainstAnOlderVersionIsRefused: the organisation's
// settings are versioned the same way.
func TestReportDefaultsSaveAgainstAnOlderVersionIsRefused(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin, leader := h.as("quantri"), h.as("lanhdao")
		v := formVersionOf(t, admin.get(reportDefaultsPath))
		if r := admin.post(reportDefaultsPath, withValues(validReportDefaults(), "version", v, "position", "BÍ THƯ")); r.status != http.StatusSeeOther {
			t.Fatalf("first save: %d\n%s", r.status, excerpt(r.body))
		}
		res := leader.post(reportDefaultsPath, withValues(validReportDefaults(), "version", v, "signer", "Người Gõ Sau"))
		if res.status != http.StatusConflict {
			t.Fatalf("stale save: %d, want 409\n%s", res.status, excerpt(res.body))
		}
		for _, want := range []string{"Thiết lập chung của báo cáo vừa được Nguyễn Văn Quản sửa", `value="Người Gõ Sau"`, "Người ký: Trần Văn Mới"} {
			if !strings.Contains(res.body, want) {
				t.Errorf("the refused page lacks %q\n%s", want, excerpt(res.body))
			}
		}
		if page := admin.get(reportDefaultsPath); strings.Contains(page.body, "Người Gõ Sau") {
			t.Error("the stale save was stored")
		}
	})
}
