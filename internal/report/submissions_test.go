package report

import (
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// TestSubmissionsSectionNamesTheReceiverByTheOrganisationsType checks that
// with no receiver in the settings the sentence names the People's Committee
// of the organisation's own level, never "xã" for a ward.
func TestSubmissionsSectionNamesTheReceiverByTheOrganisationsType(t *testing.T) {
	tests := []struct {
		typ  domain.CommuneType
		want string
	}{
		{domain.TypeXa, "UBND xã chưa tiếp nhận được phản ánh, kiến nghị nào trong thời hạn báo cáo."},
		{domain.TypePhuong, "UBND phường chưa tiếp nhận được phản ánh, kiến nghị nào trong thời hạn báo cáo."},
		{domain.TypeDacKhu, "UBND đặc khu chưa tiếp nhận được phản ánh, kiến nghị nào trong thời hạn báo cáo."},
		{"", "UBND Xuân Hưng chưa tiếp nhận được phản ánh"},
	}
	for _, tt := range tests {
		t.Run(string(tt.typ), func(t *testing.T) {
			in := fixture(domain.MonthPeriod(2026, 3))
			in.Org.Type, in.Settings.Receiver = tt.typ, ""
			text := bodyText(Build(in))
			if !strings.Contains(text, tt.want) {
				t.Errorf("missing %q in:\n%s", tt.want, text)
			}
			if tt.typ != domain.TypeXa && strings.Contains(text, "UBND xã") {
				t.Errorf("a %s is called a xã:\n%s", tt.typ, text)
			}
		})
	}
}
