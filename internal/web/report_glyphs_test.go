package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// TestReportWithCharactersTheFontLacks: an emoji and Chinese characters in a
// meeting and in the report settings, and a control character kept from old
// data, no longer make the PDF download and the issue fail: the PDF is drawn
// with replacement squares.
func TestReportWithCharactersTheFontLacks(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		m := domain.Meeting{OrgID: h.org.ID, Date: domain.Date(2026, 3, 20), Kind: domain.MeetingCommittee,
			Content: "Họp tổng kết 🎉 với đoàn 北京", Conclusions: "Chuông\x07báo đã sửa"}
		must(t, h.store.SaveMeeting(context.Background(), &m))
		admin, leader := h.as("quantri"), h.as("lanhdao")
		if r := admin.post("/reports/2026-03", reportComposeForm(map[string]string{"assessment": "Hoàn thành sớm 👍🏽"})); r.status != http.StatusSeeOther {
			t.Fatalf("save: %d\n%s", r.status, excerpt(r.body))
		}
		r := leader.get("/reports/2026-03/download/pdf")
		if r.status != http.StatusOK || !strings.HasPrefix(r.body, "%PDF-") {
			t.Fatalf("PDF download: %d, want a PDF", r.status)
		}
		if r := leader.post("/reports/2026-03/issue", url.Values{"number": {"12"}, "date": {"31/03/2026"}}); r.status != http.StatusSeeOther {
			t.Fatalf("issue: %d\n%s", r.status, excerpt(r.body))
		}
		if !reportLocked(t, h) {
			t.Error("the issue did not lock March")
		}
	})
}

// TestReportTextsFollowTheOrganisationType: a phường's settings page and
// report say "phường" where a xã's say "xã"; no text is hard-coded "xã".
func TestReportTextsFollowTheOrganisationType(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := context.Background()
		org := domain.Org{ParentID: h.org.ParentID, Code: "nam-dinh", Name: "Nam Định", Level: domain.LevelCommune, Type: domain.TypePhuong}
		must(t, h.store.SaveOrg(ctx, &org))
		newCommuneUser(t, h, org, "namdinh-admin")
		prog := domain.Program{OrgID: org.ID, Number: "01-CTr/BCĐ", Year: 2026, Date: domain.Date(2026, 2, 1), Groups: []domain.Group{{
			Numeral: "I", Name: "Hạ tầng số", Criteria: []domain.Criterion{{Number: 1, Text: "100% tổ dân phố có Wi-Fi công cộng"}},
		}}}
		must(t, h.store.SaveProgram(ctx, &prog))
		admin := h.as("namdinh-admin")
		page := admin.get(reportDefaultsPath)
		for _, want := range []string{`value="UBND phường"`, "Để trống thì ghi “UBND phường”", `value="Đảng ủy phường Nam Định"`} {
			if !strings.Contains(page.body, want) {
				t.Errorf("the settings page of a phường lacks %q", want)
			}
		}
		if strings.Contains(page.body, "UBND xã") || strings.Contains(page.body, " xã ") {
			t.Errorf("the settings page of a phường says xã\n%s", excerpt(page.body))
		}
		// Cleared, the receiver falls back to the phường's committee too.
		form := withValues(validReportDefaults(), "issuing_body", "Đảng ủy phường Nam Định", "place", "Nam Định",
			"reporter", "Ban Thường vụ Đảng ủy phường Nam Định", "closer", "Đảng ủy phường Nam Định", "receiver", "", "version", "0")
		if r := admin.post(reportDefaultsPath, form); r.status != http.StatusSeeOther {
			t.Fatalf("save: %d\n%s", r.status, excerpt(r.body))
		}
		preview := admin.get("/reports/2026-03/preview").body
		if !strings.Contains(preview, "UBND phường chưa tiếp nhận") || strings.Contains(preview, "UBND xã") {
			t.Errorf("the phường's report does not name its own committee\n%s", excerpt(preview))
		}
	})
}
