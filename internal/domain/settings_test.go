package domain_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func defaultSettings() domain.ReportSettings {
	return domain.ReportSettings{
		OrgID:           7,
		Kind:            domain.ReportKindNQ57Monthly,
		Style:           domain.PartyDocument,
		SuperiorBody:    "ĐẢNG BỘ TỈNH NINH BÌNH",
		IssuingBody:     "ĐẢNG ỦY XÃ XUÂN HƯNG",
		Place:           "Xuân Hưng",
		Symbol:          "BC/ĐU",
		Basis:           "Công văn số 202-CV/UBKTTU, ngày 27/01/2026",
		Reporter:        "Ban Thường vụ Đảng ủy xã Xuân Hưng",
		Closer:          "Đảng uỷ xã Xuân Hưng",
		Receiver:        "UBND xã",
		Recipients:      []string{"Ủy Ban Kiểm tra tỉnh uỷ,", "Lưu VPĐU."},
		Authority:       "T/M BAN THƯỜNG VỤ",
		Position:        "PHÓ BÍ THƯ",
		Signer:          "Bùi Thị Hồng Chiên",
		Assessment:      "Nhận xét chung",
		Recommendations: "Không",
		ProgramID:       3,
	}
}

func TestReportSettingsOverlay(t *testing.T) {
	march := domain.Period{Kind: domain.Month, Year: 2026, N: 3}
	issued := domain.Date(2026, 4, 2)
	tests := []struct {
		name    string
		overlay domain.ReportSettings
		change  func(*domain.ReportSettings) // what the result differs from the defaults by
	}{
		{
			name:    "empty overlay keeps every default",
			overlay: domain.ReportSettings{},
			change:  func(*domain.ReportSettings) {},
		},
		{
			name:    "number, date and period of one report override",
			overlay: domain.ReportSettings{Period: march, Number: "12", Date: issued},
			change: func(s *domain.ReportSettings) {
				s.Period, s.Number, s.Date = march, "12", issued
			},
		},
		{
			name:    "narrative overrides, other text keeps defaults",
			overlay: domain.ReportSettings{Assessment: "Tháng 3 đạt 8 tiêu chí", Recommendations: "Đề nghị hỗ trợ"},
			change: func(s *domain.ReportSettings) {
				s.Assessment, s.Recommendations = "Tháng 3 đạt 8 tiêu chí", "Đề nghị hỗ trợ"
			},
		},
		{
			name: "every text field overrides",
			overlay: domain.ReportSettings{
				Style: domain.StateDocument, SuperiorBody: "UBND TỈNH NINH BÌNH", IssuingBody: "UBND XÃ XUÂN HƯNG",
				Place: "Xuân Hưng, Ninh Bình", Symbol: "BC-UBND", Basis: "Công văn khác", Reporter: "UBND xã",
				Closer: "UBND xã Xuân Hưng", Receiver: "Bộ phận một cửa", Authority: "T/M ỦY BAN NHÂN DÂN",
				Position: "CHỦ TỊCH", Signer: "Nguyễn Văn A",
			},
			change: func(s *domain.ReportSettings) {
				s.Style, s.SuperiorBody, s.IssuingBody = domain.StateDocument, "UBND TỈNH NINH BÌNH", "UBND XÃ XUÂN HƯNG"
				s.Place, s.Symbol, s.Basis, s.Reporter = "Xuân Hưng, Ninh Bình", "BC-UBND", "Công văn khác", "UBND xã"
				s.Closer, s.Receiver, s.Authority = "UBND xã Xuân Hưng", "Bộ phận một cửa", "T/M ỦY BAN NHÂN DÂN"
				s.Position, s.Signer = "CHỦ TỊCH", "Nguyễn Văn A"
			},
		},
		{
			name:    "non-empty recipients replace the list",
			overlay: domain.ReportSettings{Recipients: []string{"Thường trực Đảng ủy,"}},
			change:  func(s *domain.ReportSettings) { s.Recipients = []string{"Thường trực Đảng ủy,"} },
		},
		{
			name:    "empty, non-nil recipients keep the list",
			overlay: domain.ReportSettings{Recipients: []string{}},
			change:  func(*domain.ReportSettings) {},
		},
		{
			name:    "program overrides",
			overlay: domain.ReportSettings{ProgramID: 9},
			change:  func(s *domain.ReportSettings) { s.ProgramID = 9 },
		},
		{
			name:    "organisation and kind are not overlaid",
			overlay: domain.ReportSettings{OrgID: 99, Kind: "other"},
			change:  func(*domain.ReportSettings) {},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defaults := defaultSettings()
			want := defaultSettings()
			tt.change(&want)
			got := defaults.Overlay(tt.overlay)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Overlay =\n%+v\nwant\n%+v", got, want)
			}
			if !reflect.DeepEqual(defaults, defaultSettings()) {
				t.Errorf("Overlay changed its receiver: %+v", defaults)
			}
		})
	}
}

func TestReportDueDay(t *testing.T) {
	tests := []struct {
		day    int
		period domain.Period
		want   time.Time
	}{
		{0, domain.MonthPeriod(2026, 3), domain.Date(2026, 3, 25)},
		{20, domain.MonthPeriod(2026, 3), domain.Date(2026, 3, 20)},
		{31, domain.MonthPeriod(2026, 2), domain.Date(2026, 2, 28)},
		{10, domain.Period{Kind: domain.Quarter, Year: 2026, N: 2}, domain.Date(2026, 6, 10)},
	}
	for _, tt := range tests {
		rs := domain.ReportSettings{DueDay: tt.day}
		if got := rs.Due(tt.period); !got.Equal(tt.want) {
			t.Errorf("due day %d of %s = %s, want %s", tt.day, tt.period, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
	if got := (domain.ReportSettings{DueDay: 20}).Overlay(domain.ReportSettings{}).DueDay; got != 20 {
		t.Errorf("an overlay without a due day must keep the default's, got %d", got)
	}
}
