package domain_test

import (
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
)

func TestRequestWindowAndDueDate(t *testing.T) {
	t.Parallel()
	cal := calendar.New(calendar.Overrides2026())
	march := domain.MonthPeriod(2026, time.March)
	cases := []struct {
		name              string
		r                 domain.ReportRequest
		p                 domain.Period
		start, end, due   time.Time
		rule, windowWords string
	}{
		{"calendar month, due the 25th", domain.ReportRequest{DueDay: 25}, march,
			domain.Date(2026, 3, 1), domain.Date(2026, 3, 31), domain.Date(2026, 3, 25),
			"ngày 25 của tháng cuối kỳ báo cáo", "theo tháng dương lịch"},
		{"no due day is the default 25th", domain.ReportRequest{}, march,
			domain.Date(2026, 3, 1), domain.Date(2026, 3, 31), domain.Date(2026, 3, 25),
			"ngày 25 của tháng cuối kỳ báo cáo", "theo tháng dương lịch"},
		{"due the 5th of the next month, across the year", domain.ReportRequest{DueDay: 5, DueNextMonth: true}, domain.MonthPeriod(2026, time.December),
			domain.Date(2026, 12, 1), domain.Date(2026, 12, 31), domain.Date(2027, 1, 5),
			"ngày 5 của tháng sau kỳ báo cáo", "theo tháng dương lịch"},
		{"NĐ 09/2019: the 15th to the 14th, 3 working days after", domain.ReportRequest{CutoffDay: 14, DueWorkingDays: 3}, march,
			domain.Date(2026, 2, 15), domain.Date(2026, 3, 14), domain.Date(2026, 3, 18),
			"3 ngày làm việc sau ngày chốt số liệu", "từ ngày 15 tháng trước đến ngày 14 tháng báo cáo"},
		{"working days skip Tết", domain.ReportRequest{CutoffDay: 14, DueWorkingDays: 2}, domain.MonthPeriod(2026, time.February),
			domain.Date(2026, 1, 15), domain.Date(2026, 2, 14), cal.AddWorkingDays(domain.Date(2026, 2, 14), 2),
			"2 ngày làm việc sau ngày chốt số liệu", "từ ngày 15 tháng trước đến ngày 14 tháng báo cáo"},
		{"a quarter, due the 20th of its last month", domain.ReportRequest{Frequency: domain.Quarter, DueDay: 20}, domain.Period{Kind: domain.Quarter, Year: 2026, N: 1},
			domain.Date(2026, 1, 1), domain.Date(2026, 3, 31), domain.Date(2026, 3, 20),
			"ngày 20 của tháng cuối kỳ báo cáo", "theo tháng dương lịch"},
		{"the 31st in a short month is its last day", domain.ReportRequest{DueDay: 31}, domain.MonthPeriod(2026, time.February),
			domain.Date(2026, 2, 1), domain.Date(2026, 2, 28), domain.Date(2026, 2, 28),
			"ngày 31 của tháng cuối kỳ báo cáo", "theo tháng dương lịch"},
	}
	for _, c := range cases {
		start, end := c.r.Window(c.p)
		if !start.Equal(c.start) || !end.Equal(c.end) {
			t.Errorf("%s: window %s–%s, want %s–%s", c.name, start.Format(time.DateOnly), end.Format(time.DateOnly), c.start.Format(time.DateOnly), c.end.Format(time.DateOnly))
		}
		if due := c.r.Due(c.p, cal); !due.Equal(c.due) {
			t.Errorf("%s: due %s, want %s", c.name, due.Format(time.DateOnly), c.due.Format(time.DateOnly))
		}
		if got := c.r.DueRule(); got != c.rule {
			t.Errorf("%s: due rule %q, want %q", c.name, got, c.rule)
		}
		if got := c.r.WindowRule(); got != c.windowWords {
			t.Errorf("%s: window rule %q, want %q", c.name, got, c.windowWords)
		}
	}
	// Tết 2026 (16–20 February and the days in lieu) lies between the cut-off and the due date.
	if due := (domain.ReportRequest{CutoffDay: 14, DueWorkingDays: 2}).Due(domain.MonthPeriod(2026, time.February), cal); !due.After(domain.Date(2026, 2, 20)) {
		t.Errorf("2 working days after 14/02/2026 fall on %s, inside Tết", due.Format(time.DateOnly))
	}
}

func TestWhichRequestAsksACommune(t *testing.T) {
	t.Parallel()
	issued := domain.Date(2026, 1, 27)
	xa := domain.Org{ID: 10, ParentID: 1, Level: domain.LevelCommune, Type: domain.TypeXa}
	phuong := domain.Org{ID: 11, ParentID: 1, Level: domain.LevelCommune, Type: domain.TypePhuong}
	elsewhere := domain.Org{ID: 12, ParentID: 2, Level: domain.LevelCommune, Type: domain.TypeXa}
	closed := xa
	closed.ID, closed.DeactivatedAt = 13, domain.Date(2026, 2, 1)
	all := domain.ReportRequest{ID: 1, ProvinceID: 1, Audience: domain.AudienceAll, FirstPeriod: domain.MonthPeriod(2026, time.January), IssuedAt: issued}
	wards := domain.ReportRequest{ID: 2, ProvinceID: 1, Audience: domain.AudienceType, CommuneType: domain.TypePhuong, FirstPeriod: domain.MonthPeriod(2026, time.March), IssuedAt: issued.AddDate(0, 1, 0)}
	listed := domain.ReportRequest{ID: 3, ProvinceID: 1, Audience: domain.AudienceList, CommuneIDs: []int64{10}, Frequency: domain.Quarter, FirstPeriod: domain.Period{Kind: domain.Quarter, Year: 2026, N: 1}, IssuedAt: issued}
	draft := domain.ReportRequest{ID: 4, ProvinceID: 1, Audience: domain.AudienceAll, FirstPeriod: domain.MonthPeriod(2026, time.January)}
	shut := domain.ReportRequest{ID: 5, ProvinceID: 1, Audience: domain.AudienceList, CommuneIDs: []int64{10}, FirstPeriod: domain.MonthPeriod(2026, time.January),
		IssuedAt: issued.AddDate(0, 0, 1), ClosedAt: time.Date(2026, 2, 10, 9, 0, 0, 0, domain.Vietnam)}
	reqs := []domain.ReportRequest{all, wards, listed, draft, shut}
	march, feb, q1 := domain.MonthPeriod(2026, time.March), domain.MonthPeriod(2026, time.February), domain.Period{Kind: domain.Quarter, Year: 2026, N: 1}
	cases := []struct {
		name string
		c    domain.Org
		p    domain.Period
		want int64 // 0: none
	}{
		{"a xã, March: the request to all", xa, march, 1},
		{"a phường, March: the later request to phường", phuong, march, 2},
		{"a phường, February: before the later request's first period", phuong, feb, 1},
		{"a xã, the first quarter: the listed quarterly request", xa, q1, 3},
		{"a phường, the first quarter: not listed", phuong, q1, 0},
		{"a xã, January: ended before the later request closed", xa, domain.MonthPeriod(2026, time.January), 5},
		{"a xã, February: not over when the later request closed", xa, feb, 1},
		{"a commune of another province", elsewhere, march, 0},
		{"a deactivated commune", closed, march, 0},
		{"December 2025: before every first period", xa, domain.MonthPeriod(2025, time.December), 0},
	}
	for _, c := range cases {
		r, ok := domain.ApplyingRequest(reqs, c.c, c.p)
		if got := map[bool]int64{true: r.ID}[ok]; got != c.want {
			t.Errorf("%s: request %d, want %d", c.name, got, c.want)
		}
	}
	cv := domain.ReportRequest{DocNumber: "202-CV/UBKTTU", DocDate: issued, DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình",
		Audience: domain.AudienceAll, FirstPeriod: march}
	if got, want := cv.Citation(), "Công văn số 202-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"; got != want {
		t.Errorf("citation %q, want %q", got, want)
	}
	pr := domain.CheckRequest(domain.ReportRequest{Audience: domain.AudienceList})
	if got := fieldsOf(pr.List()); got != "doc_number doc_date doc_body first_period communes" {
		t.Errorf("an empty request's problems: %s", got)
	}
	if pr := domain.CheckRequest(cv); pr.Any() {
		t.Errorf("a complete request lists problems: %v", pr.List())
	}
}

func fieldsOf(list []domain.Problem) string {
	var out []string
	for _, p := range list {
		out = append(out, p.Field)
	}
	return strings.Join(out, " ")
}
