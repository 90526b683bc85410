package domain_test

import (
	"slices"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
)

// at is the instant of hh:mm on a calendar day in Vietnam.
func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, domain.Vietnam)
}

func TestFilingTimeliness(t *testing.T) {
	t.Parallel()
	cal := calendar.New(calendar.Overrides2026())
	due := domain.Date(2026, 4, 24) // Friday before Giỗ Tổ (Monday 27/4 off), 30/4 and 1/5
	tests := []struct {
		name   string
		first  time.Time
		onTime bool
		late   int
	}{
		{"on the due day, late in the evening in Vietnam", at(2026, 4, 24, 23, 30), true, 0},
		{"the Saturday after: late by one day though no working day passed", at(2026, 4, 25, 9, 0), false, 1},
		{"Tuesday after the Giỗ Tổ Monday off: one working day", at(2026, 4, 28, 9, 0), false, 1},
		{"Monday 4 May, over 30/4 and 1/5: three working days", at(2026, 5, 4, 9, 0), false, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := domain.Filing{Due: due, FirstSubmittedAt: tt.first.UTC()}
			if got := f.OnTime(); got != tt.onTime {
				t.Errorf("OnTime = %v, want %v", got, tt.onTime)
			}
			if got := f.LateDays(cal); got != tt.late {
				t.Errorf("LateDays = %d, want %d", got, tt.late)
			}
		})
	}
}

func TestCellOf(t *testing.T) {
	t.Parallel()
	cal := calendar.New(calendar.Overrides2026())
	due := domain.Date(2026, 3, 25)
	filing := func(status domain.FilingStatus, first time.Time) *domain.Filing {
		return &domain.Filing{ID: 7, Due: due, Status: status, FirstSubmittedAt: first}
	}
	tests := []struct {
		name      string
		f         *domain.Filing
		requested bool
		today     time.Time
		label     string
		expected  bool
	}{
		{"no request", nil, false, domain.Date(2026, 3, 28), "không yêu cầu", false},
		{"not due yet", nil, true, domain.Date(2026, 3, 20), "chưa nộp (chưa đến hạn)", false},
		{"due today, not sent", nil, true, due, "chưa nộp (chưa đến hạn)", false},
		{"overdue by working days", nil, true, domain.Date(2026, 3, 30), "chưa nộp (quá hạn 3 ngày)", true},
		{"on time", filing(domain.FilingSubmitted, at(2026, 3, 24, 10, 0)), true, domain.Date(2026, 3, 28), "đã nộp đúng hạn", true},
		{"sent early counts as expected", filing(domain.FilingSubmitted, at(2026, 3, 20, 10, 0)), true, domain.Date(2026, 3, 21), "đã nộp đúng hạn", true},
		{"late", filing(domain.FilingSubmitted, at(2026, 3, 27, 10, 0)), true, domain.Date(2026, 3, 28), "nộp muộn (2 ngày)", true},
		{"returned", filing(domain.FilingReturned, at(2026, 3, 24, 10, 0)), true, domain.Date(2026, 3, 28), "bị trả lại", true},
		{"accepted", filing(domain.FilingAccepted, at(2026, 3, 27, 10, 0)), true, domain.Date(2026, 3, 28), "đã tiếp nhận", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := domain.CellOf(tt.f, tt.requested, due, tt.today, cal)
			if c.Label() != tt.label {
				t.Errorf("Label = %q, want %q", c.Label(), tt.label)
			}
			if c.Expected() != tt.expected {
				t.Errorf("Expected = %v, want %v", c.Expected(), tt.expected)
			}
		})
	}
}

func TestDiffSnapshots(t *testing.T) {
	t.Parallel()
	a := domain.Snapshot{Met: 8, Total: 39, Meetings: 1,
		Criteria: []domain.SnapshotCriterion{
			{Label: "I.1", Text: "5G", Status: domain.Met, Values: "96 %"},
			{Label: "I.2", Text: "Wi-Fi", Status: domain.NotMet, Values: "40 %"},
			{Label: "I.3", Text: "Cáp quang", Status: domain.NoData, Values: "—"},
		},
		Sections: []domain.SnapshotSection{
			{Title: "I. KẾT QUẢ", Text: "Dòng một.\nDòng hai.\nDòng ba."},
			{Title: "II. ĐÁNH GIÁ", Text: "Tốt."},
		}}
	b := a
	b.Met = 9
	b.Criteria = []domain.SnapshotCriterion{a.Criteria[0], {Label: "I.2", Text: "Wi-Fi", Status: domain.Met, Values: "100 %"}, a.Criteria[2]}
	b.Sections = []domain.SnapshotSection{{Title: "I. KẾT QUẢ", Text: "Dòng một.\nDòng hai đã sửa.\nDòng ba.\nDòng bốn."}, a.Sections[1]}

	d := domain.DiffSnapshots(1, 2, a, b)
	if len(d.Criteria) != 1 || d.Criteria[0].Label != "I.2" || d.Criteria[0].StatusFrom != domain.NotMet ||
		d.Criteria[0].StatusTo != domain.Met || d.Criteria[0].ValuesTo != "100 %" {
		t.Errorf("criteria changed = %+v, want only I.2 from not met 40 %% to met 100 %%", d.Criteria)
	}
	if d.MetFrom != 8 || d.MetTo != 9 {
		t.Errorf("met %d → %d, want 8 → 9", d.MetFrom, d.MetTo)
	}
	if len(d.Sections) != 1 || d.Sections[0].Title != "I. KẾT QUẢ" {
		t.Fatalf("sections changed = %+v, want only section I", d.Sections)
	}
	want := []domain.DiffLine{
		{Op: domain.LineSame, Text: "Dòng một."}, {Op: domain.LineRemoved, Text: "Dòng hai."},
		{Op: domain.LineAdded, Text: "Dòng hai đã sửa."}, {Op: domain.LineSame, Text: "Dòng ba."},
		{Op: domain.LineAdded, Text: "Dòng bốn."},
	}
	if !slices.Equal(d.Sections[0].Lines, want) {
		t.Errorf("lines = %+v\nwant %+v", d.Sections[0].Lines, want)
	}
	if domain.DiffSnapshots(1, 1, a, a).Empty() != true {
		t.Error("a version compared with itself shows changes")
	}
}

func TestDiffLinesOfEmptyTexts(t *testing.T) {
	t.Parallel()
	got := domain.DiffLines("", "Mới.")
	if len(got) != 1 || got[0].Op != domain.LineAdded {
		t.Errorf("DiffLines of a new section = %+v, want one added line", got)
	}
	if got := domain.DiffLines("Cũ.", ""); len(got) != 1 || got[0].Op != domain.LineRemoved {
		t.Errorf("DiffLines of a removed section = %+v, want one removed line", got)
	}
}
