package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestBadReportInputSavesNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin, leader := h.as("quantri"), h.as("lanhdao")
		cases := []struct {
			name   string
			c      *client
			path   string
			form   url.Values
			status int
			want   []string
		}{
			{"a date that is no date", admin, "/reports/2026-03", reportComposeForm(map[string]string{"date": "31/02/2026", "assessment": "Đoạn giữ lại"}),
				http.StatusUnprocessableEntity, []string{`id="date-error"`, "Ngày “31/02/2026” không đúng", `aria-invalid="true"`, "Đoạn giữ lại", `value="31/02/2026"`}},
			{"a date before the period", admin, "/reports/2026-03", reportComposeForm(map[string]string{"date": "15/02/2026"}),
				http.StatusUnprocessableEntity, []string{"không thể trước ngày bắt đầu kỳ báo cáo (01/03/2026)"}},
			{"a number with letters", admin, "/reports/2026-03", reportComposeForm(map[string]string{"number": "12-BC"}),
				http.StatusUnprocessableEntity, []string{`id="number-error"`, "chỉ gồm chữ số"}},
			{"an issue without a number", leader, "/reports/2026-03/issue", url.Values{"number": {""}, "date": {"31/03/2026"}},
				http.StatusUnprocessableEntity, []string{`id="issue-number-error"`, "Nhập số văn bản", `value="31/03/2026"`}},
			{"an issue without a date", leader, "/reports/2026-03/issue", url.Values{"number": {"12"}, "date": {""}},
				http.StatusUnprocessableEntity, []string{`id="issue-date-error"`, "Nhập ngày văn bản"}},
			{"an issue with a bad date", leader, "/reports/2026-03/issue", url.Values{"number": {"12"}, "date": {"32/03/2026"}},
				http.StatusUnprocessableEntity, []string{"Ngày “32/03/2026” không đúng"}},
			{"a bad period", leader, "/reports/2026-3/issue", url.Values{"number": {"12"}, "date": {"31/03/2026"}},
				http.StatusNotFound, []string{"Không có kỳ báo cáo này"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := tc.c.post(tc.path, tc.form)
				if r.status != tc.status {
					t.Fatalf("status %d, want %d\n%s", r.status, tc.status, excerpt(r.body))
				}
				for _, w := range tc.want {
					if !strings.Contains(r.body, w) {
						t.Errorf("missing %q", w)
					}
				}
				if _, own, err := h.store.OwnReportSettings(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly, reportMarch); err != nil || own {
					t.Errorf("March has settings of its own after a refused write (err %v)", err)
				}
				if reportLocked(t, h) || reportIssueCount(t, h) != 0 {
					t.Error("a refused write locked or issued")
				}
			})
		}
		log, err := h.store.AuditLog(t.Context(), h.org.ID, 100, 0)
		must(t, err)
		for _, e := range log {
			if strings.HasPrefix(e.Action, "report.") || e.Action == "period.unlock" {
				t.Errorf("a refused write was audited: %+v", e)
			}
		}
	})
}

// TestPeriodSettingsKeepOnlyWhatDiffers checks how the form meets the
// defaults: the form as shown stores nothing of its own, a change is stored,
// and emptying a field brings the default back.
func TestPeriodSettingsKeepOnlyWhatDiffers(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		defaults, err := h.store.ReportSettings(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly, reportMarch)
		must(t, err)
		unchanged := reportComposeForm(map[string]string{"basis": defaults.Basis, "assessment": defaults.Assessment, "recommendations": defaults.Recommendations})
		if r := admin.post("/reports/2026-03", unchanged); r.status != http.StatusSeeOther {
			t.Fatalf("save unchanged: %d\n%s", r.status, excerpt(r.body))
		}
		own, _, err := h.store.OwnReportSettings(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly, reportMarch)
		must(t, err)
		if own.Assessment != "" || own.Signer != "" || own.Basis != "" || len(own.Recipients) != 0 {
			t.Errorf("the form as shown stored text of its own: %+v", own)
		}

		changed := reportComposeForm(map[string]string{"signer": "Nguyễn Văn Bình", "recipients": "- Ban Thường vụ Tỉnh ủy\n\nLưu VPĐU.", "assessment": "Riêng tháng 3.", "version": "1"})
		if r := admin.post("/reports/2026-03", changed); r.status != http.StatusSeeOther {
			t.Fatalf("save changed: %d", r.status)
		}
		eff, err := h.store.ReportSettings(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly, reportMarch)
		must(t, err)
		if eff.Signer != "Nguyễn Văn Bình" || eff.Assessment != "Riêng tháng 3." || strings.Join(eff.Recipients, "|") != "Ban Thường vụ Tỉnh ủy|Lưu VPĐU." {
			t.Errorf("changed settings: %+v", eff)
		}
		april, err := h.store.ReportSettings(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly, domain.MonthPeriod(2026, 4))
		must(t, err)
		if april.Signer != defaults.Signer {
			t.Error("March's change reached April")
		}

		cleared := reportComposeForm(map[string]string{"signer": "", "assessment": "", "version": "2"})
		if r := admin.post("/reports/2026-03", cleared); r.status != http.StatusSeeOther {
			t.Fatalf("save cleared: %d", r.status)
		}
		eff, err = h.store.ReportSettings(t.Context(), h.org.ID, domain.ReportKindNQ57Monthly, reportMarch)
		must(t, err)
		if eff.Signer != defaults.Signer || eff.Assessment != defaults.Assessment {
			t.Errorf("emptied fields should show the defaults again: signer %q, assessment %q", eff.Signer, eff.Assessment)
		}
	})
}

// TestIssuedReportsOfAnotherCommuneStayHidden stores an issue in Xuân Hòa and
// tries to reach it from Xuân Hưng by its ID.
func TestIssuedReportsOfAnotherCommuneStayHidden(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		foreign := domain.IssuedReport{OrgID: h.other.Org.ID, Kind: domain.ReportKindNQ57Monthly, Period: reportMarch, Number: "7",
			DocDate: domain.Date(2026, 3, 30), IssuedAt: testNow, IssuedBy: "xuanhoa-admin",
			DOCX: []byte("PK bí mật của Xuân Hòa"), PDF: []byte("%PDF bí mật của Xuân Hòa")}
		must(t, h.store.SaveIssuedReport(t.Context(), &foreign))
		id := strconv.FormatInt(foreign.ID, 10)
		for _, login := range []string{"lanhdao", "quantri", "xem"} {
			c := h.as(login)
			for _, path := range []string{"/reports/2026-03/issued/" + id + "/docx", "/reports/2026-03/issued/" + id + "/pdf", "/reports/2026-04/issued/" + id + "/docx"} {
				r := c.get(path)
				if r.status != http.StatusNotFound || strings.Contains(r.body, "bí mật") {
					t.Errorf("%s GET %s: %d, want 404 without the document", login, path, r.status)
				}
			}
			if l := c.get("/reports"); strings.Contains(l.body, "Số 7") || strings.Contains(l.body, "/issued/"+id+"/") {
				t.Errorf("%s sees another commune's issue in the list", login)
			}
		}
	})
}
