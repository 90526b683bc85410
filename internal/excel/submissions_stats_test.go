package excel

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/stats"
)

func TestWriteStatisticsWritesEverySheet(t *testing.T) {
	vn := func(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, domain.Vietnam) }
	subs := []domain.Submission{
		{TrackingCode: "NQ57-AAAA-BBBB", Kind: domain.KindFeedback, Channel: domain.ChannelInPerson, Title: "Đèn đường hỏng",
			ReceivedAt: vn(1, 5, 8), Status: domain.SubmissionAnswered, AnsweredAt: vn(1, 7, 9), DueAt: vn(1, 20, 23), AssignedUnitID: 1},
		{TrackingCode: "NQ57-CCCC-DDDD", Kind: domain.KindRecommendation, Channel: domain.ChannelPakn, Title: "Mở lớp kỹ năng số",
			ReceivedAt: vn(2, 3, 8), Status: domain.SubmissionInProgress, DueAt: vn(2, 20, 23), AssignedUnitID: 1},
		{TrackingCode: "NQ57-EEEE-FFFF", Kind: domain.KindFeedback, ReceivedAt: time.Date(2025, 12, 3, 8, 0, 0, 0, domain.Vietnam)},
	}
	units := []domain.Unit{{ID: 1, Name: "Phòng Văn hóa - Xã hội"}}
	f := stats.Compute(subs, units, domain.Date(2026, 1, 1), domain.Date(2026, 3, 31), vn(3, 28, 9))
	var buf bytes.Buffer
	if err := WriteStatistics(&buf, StatisticsInput{OrgName: "Xuân Hưng", Figures: f, Submissions: subs, Units: units}); err != nil {
		t.Fatal(err)
	}
	wb, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	want := map[string]map[string]string{
		SheetStatsSummary: {"A5": "Tiếp nhận", "B5": "2", "B6": "1", "B7": "1", "B8": "100.00%", "B9": "2.0", "B11": "1"},
		SheetStatsMonths:  {"A1": "Tháng", "A2": "01/2026", "B2": "1", "C2": "1", "A3": "02/2026", "E3": "1", "A4": "03/2026", "B4": "0"},
		SheetStatsUnits:   {"A1": "Đơn vị xử lý", "A2": "Phòng Văn hóa - Xã hội", "B2": "2", "E2": "1"},
		SheetStatsList: {"A1": "Mã theo dõi", "A2": "NQ57-AAAA-BBBB", "B2": "05/01/2026 08:00", "C2": "Phản ánh",
			"G2": "Phòng Văn hóa - Xã hội", "I2": "07/01/2026 09:00", "J2": "có", "J3": "quá hạn", "A4": ""},
	}
	for sheet, cells := range want {
		for cell, v := range cells {
			got, err := wb.GetCellValue(sheet, cell)
			if err != nil || got != v {
				t.Errorf("%s!%s = %q (%v), want %q", sheet, cell, got, err, v)
			}
		}
	}
	if got := wb.GetSheetList(); len(got) != 4 {
		t.Errorf("sheets %v", got)
	}
	panes, err := wb.GetPanes(SheetStatsList)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("list panes %+v (%v): want the header frozen", panes, err)
	}
}
