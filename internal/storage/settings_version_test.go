package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// TestUpdateReportSettingsChecksTheVersion: a save names the version its form
// was drawn with; a row that moved on (or appeared) is not overwritten, and a
// save that goes through moves the version on and records who and when.
func TestUpdateReportSettingsChecksTheVersion(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		at := time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		march := domain.ReportSettings{OrgID: org.ID, Kind: domain.ReportKindNQ57Monthly, Period: mar,
			Signer: "Người Một", Recipients: []string{"Lưu VPĐU."}, ChangedBy: "Nguyễn Văn Quản", ChangedAt: at}
		ok, err := s.UpdateReportSettings(t.Context(), march, 0)
		must(t, err)
		if !ok {
			t.Fatal("the first save of a period was refused")
		}
		again := march
		again.Signer, again.ChangedBy = "Người Hai", "Bùi Thị Hồng Chiên"
		if ok, err := s.UpdateReportSettings(t.Context(), again, 0); err != nil || ok {
			t.Errorf("a second first save went through: ok=%v err=%v", ok, err)
		}
		if ok, err := s.UpdateReportSettings(t.Context(), again, 2); err != nil || ok {
			t.Errorf("a save against a version not reached went through: ok=%v err=%v", ok, err)
		}
		got, _, err := s.OwnReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar)
		must(t, err)
		if got.Signer != "Người Một" || got.Version != 1 || got.ChangedBy != "Nguyễn Văn Quản" || !got.ChangedAt.Equal(at) {
			t.Fatalf("after refused saves: %+v", got)
		}
		again.Recipients = []string{"Thường trực Đảng ủy,", "Lưu VPĐU."}
		ok, err = s.UpdateReportSettings(t.Context(), again, 1)
		must(t, err)
		got, _, err = s.OwnReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar)
		must(t, err)
		if !ok || got.Signer != "Người Hai" || got.Version != 2 || got.ChangedBy != "Bùi Thị Hồng Chiên" || len(got.Recipients) != 2 {
			t.Errorf("a save at the current version: ok=%v, %+v", ok, got)
		}
	})
}

// TestIssuedReportsKeepTheirSeries: an issued report keeps the style, symbol
// and term it was numbered in.
func TestIssuedReportsKeepTheirSeries(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		ir := domain.IssuedReport{OrgID: org.ID, Kind: domain.ReportKindNQ57Monthly, Period: mar, Number: "12",
			DocDate: domain.Date(2026, 3, 31), IssuedAt: time.Date(2026, 3, 31, 3, 0, 0, 0, time.UTC), IssuedBy: "lanhdao",
			DOCX: []byte("docx"), PDF: []byte("pdf"), Style: domain.StateDocument, Symbol: "BC-UBND", TermStart: 2030}
		must(t, s.SaveIssuedReport(t.Context(), &ir))
		must(t, s.LockNumbering(t.Context(), org.ID))
		list, err := s.NumberedReports(t.Context(), org.ID)
		must(t, err)
		one, err := s.IssuedReport(t.Context(), org.ID, ir.ID)
		must(t, err)
		for _, got := range []domain.IssuedReport{list[0], one} {
			if got.Style != domain.StateDocument || got.Symbol != "BC-UBND" || got.TermStart != 2030 || got.Series().Words() != "BC-UBND, năm 2026" {
				t.Errorf("issued report read back as %+v", got)
			}
		}
	})
}
