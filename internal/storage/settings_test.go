package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func demoDefaults(orgID int64) domain.ReportSettings {
	return domain.ReportSettings{
		OrgID: orgID, Kind: domain.ReportKindNQ57Monthly, Style: domain.PartyDocument,
		SuperiorBody: "ĐẢNG BỘ TỈNH NINH BÌNH", IssuingBody: "ĐẢNG ỦY XÃ XUÂN HƯNG", Place: "Xuân Hưng",
		Symbol: "BC/ĐU", Reporter: "Ban Thường vụ Đảng ủy xã Xuân Hưng", Closer: "Đảng uỷ xã Xuân Hưng",
		Receiver: "UBND xã", Recipients: []string{"Ủy Ban Kiểm tra tỉnh uỷ,", "Các đồng chí Ủy viên BTV,", "Lưu VPĐU."},
		Authority: "T/M BAN THƯỜNG VỤ", Position: "PHÓ BÍ THƯ", Signer: "Bùi Thị Hồng Chiên",
	}
}

func TestReportSettingsDefaultsRoundTrip(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		defaults := demoDefaults(org.ID)
		must(t, s.SaveReportSettings(t.Context(), defaults))
		got, err := s.ReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar)
		must(t, err)
		want := defaults
		want.Period, want.Version = mar, 1 // the effective settings carry the defaults row's version
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ReportSettings read back differs:\n got %+v\nwant %+v", got, want)
		}
	})
}

func TestReportSettingsForAPeriodOverlayTheDefaults(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		defaults := demoDefaults(org.ID)
		must(t, s.SaveReportSettings(t.Context(), defaults))
		march := domain.ReportSettings{OrgID: org.ID, Kind: domain.ReportKindNQ57Monthly, Period: mar,
			Number: "12", Date: domain.Date(2026, time.March, 31), ProgramID: p.ID,
			Assessment: "Nhìn chung, các cơ quan đã triển khai đúng tiến độ."}
		must(t, s.SaveReportSettings(t.Context(), march))
		march.Number = "13" // saving the period again replaces its row
		must(t, s.SaveReportSettings(t.Context(), march))

		got, err := s.ReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar)
		must(t, err)
		want := defaults.Overlay(march)
		want.Version = 1 // the defaults row's
		if !reflect.DeepEqual(got, want) {
			t.Errorf("March settings:\n got %+v\nwant %+v", got, want)
		}
		april, err := s.ReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, apr)
		must(t, err)
		if april.Number != "" || april.Period != apr || april.Signer != defaults.Signer {
			t.Errorf("April settings should be the defaults for April, got %+v", april)
		}
	})
}

func TestReportSettingsOfANewCommuneStartFromItsNames(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		start, err := s.ReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar)
		must(t, err)
		if start.IssuingBody != "Đảng ủy xã Xuân Hưng" || start.SuperiorBody != "Đảng bộ tỉnh Ninh Bình" ||
			start.Place != "Xuân Hưng" || start.Symbol != "BC/ĐU" || start.Style != domain.PartyDocument || start.Period != mar {
			t.Errorf("starting settings = %+v", start)
		}
		_, err = s.ReportSettings(t.Context(), 999999, domain.ReportKindNQ57Monthly, mar)
		wantCode(t, err, domain.NotFound)

		only := domain.ReportSettings{OrgID: org.ID, Kind: domain.ReportKindNQ57Monthly, Period: mar, Number: "12"}
		must(t, s.SaveReportSettings(t.Context(), only))
		got, err := s.ReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar)
		must(t, err)
		if got.Number != "12" || got.IssuingBody != "Đảng ủy xã Xuân Hưng" {
			t.Errorf("a period row without defaults: got %+v", got)
		}
	})
}

func TestSaveReportSettingsRejectsBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(rs *domain.ReportSettings)
		field  string
	}{
		{"no kind", func(rs *domain.ReportSettings) { rs.Kind = "" }, "kind"},
		{"unknown style", func(rs *domain.ReportSettings) { rs.Style = "memo" }, "style"},
		{"bad period", func(rs *domain.ReportSettings) { rs.Period = domain.Period{Kind: domain.Quarter, Year: 2026, N: 5} }, "period"},
		{"unknown org", func(rs *domain.ReportSettings) { rs.OrgID = 999 }, "org"},
		{"unknown program", func(rs *domain.ReportSettings) { rs.ProgramID = 999 }, "program"},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rs := demoDefaults(org.ID)
				tt.change(&rs)
				wantProblem(t, s.SaveReportSettings(t.Context(), rs), tt.field)
			})
		}
	})
}
