package domain_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestParsePeriodReadsEachKind(t *testing.T) {
	tests := []struct {
		in        string
		want      domain.Period
		canonical string
	}{
		{"2026-03", domain.Period{Kind: domain.Month, Year: 2026, N: 3}, "2026-03"},
		{"2026-12", domain.Period{Kind: domain.Month, Year: 2026, N: 12}, "2026-12"},
		{"2026-Q1", domain.Period{Kind: domain.Quarter, Year: 2026, N: 1}, "2026-Q1"},
		{"2026-q4", domain.Period{Kind: domain.Quarter, Year: 2026, N: 4}, "2026-Q4"},
		{"2026-H1", domain.Period{Kind: domain.Half, Year: 2026, N: 1}, "2026-H1"},
		{"2026-h2", domain.Period{Kind: domain.Half, Year: 2026, N: 2}, "2026-H2"},
		{"2026", domain.Period{Kind: domain.Year, Year: 2026}, "2026"},
		{"2000-01", domain.Period{Kind: domain.Month, Year: 2000, N: 1}, "2000-01"},
		{"2100", domain.Period{Kind: domain.Year, Year: 2100}, "2100"},
		{"  2026-03\n", domain.Period{Kind: domain.Month, Year: 2026, N: 3}, "2026-03"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := domain.ParsePeriod(tt.in)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParsePeriod(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			if s := got.String(); s != tt.canonical {
				t.Errorf("String() = %q, want %q", s, tt.canonical)
			}
			again, err := domain.ParsePeriod(got.String())
			if err != nil || again != got {
				t.Errorf("round trip of %q gave %+v, %v", got.String(), again, err)
			}
		})
	}
}

func TestParsePeriodRejects(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mention string // part of the Vietnamese message
	}{
		{"month 13", "2026-13", "tháng 13"},
		{"month 0", "2026-00", "tháng 0"},
		{"year before 2000", "1999-12", "năm 1999"},
		{"year after 2100", "2101", "năm 2101"},
		{"words instead of the text form", "tháng 3", "không đúng dạng"},
		{"quarter 5", "2026-Q5", "không đúng dạng"},
		{"half 3", "2026-H3", "không đúng dạng"},
		{"one-digit month", "2026-3", "không đúng dạng"},
		{"two-digit year", "26-03", "không đúng dạng"},
		{"empty", "", "không đúng dạng"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := domain.ParsePeriod(tt.in)
			if err == nil {
				t.Fatalf("ParsePeriod(%q) = %+v, want an error", tt.in, p)
			}
			if code := domain.ErrorCode(err); code != domain.Invalid {
				t.Errorf("ErrorCode = %q, want %q", code, domain.Invalid)
			}
			msg := err.Error()
			if !strings.Contains(msg, "kỳ báo cáo") || !strings.Contains(msg, tt.mention) {
				t.Errorf("message %q should say \"kỳ báo cáo\" and %q", msg, tt.mention)
			}
			if !p.IsZero() {
				t.Errorf("period on error = %+v, want zero", p)
			}
		})
	}
}

func TestPeriodCalendar(t *testing.T) {
	d := domain.Date
	tests := []struct {
		period     string
		start, end time.Time
		months     []string
		previous   string
		name       string
		words      string
	}{
		{"2026-03", d(2026, 3, 1), d(2026, 3, 31), []string{"2026-03"}, "2026-02", "tháng 3", "tháng 3 năm 2026"},
		{"2026-01", d(2026, 1, 1), d(2026, 1, 31), []string{"2026-01"}, "2025-12", "tháng 1", "tháng 1 năm 2026"},
		{"2026-02", d(2026, 2, 1), d(2026, 2, 28), []string{"2026-02"}, "2026-01", "tháng 2", "tháng 2 năm 2026"},
		{"2028-02", d(2028, 2, 1), d(2028, 2, 29), []string{"2028-02"}, "2028-01", "tháng 2", "tháng 2 năm 2028"},
		{"2100-02", d(2100, 2, 1), d(2100, 2, 28), []string{"2100-02"}, "2100-01", "tháng 2", "tháng 2 năm 2100"},
		{"2000-02", d(2000, 2, 1), d(2000, 2, 29), []string{"2000-02"}, "2000-01", "tháng 2", "tháng 2 năm 2000"},
		{"2026-12", d(2026, 12, 1), d(2026, 12, 31), []string{"2026-12"}, "2026-11", "tháng 12", "tháng 12 năm 2026"},
		{"2026-Q1", d(2026, 1, 1), d(2026, 3, 31), []string{"2026-01", "2026-02", "2026-03"}, "2025-Q4", "quý I", "quý I năm 2026"},
		{"2026-Q2", d(2026, 4, 1), d(2026, 6, 30), []string{"2026-04", "2026-05", "2026-06"}, "2026-Q1", "quý II", "quý II năm 2026"},
		{"2026-Q3", d(2026, 7, 1), d(2026, 9, 30), []string{"2026-07", "2026-08", "2026-09"}, "2026-Q2", "quý III", "quý III năm 2026"},
		{"2026-Q4", d(2026, 10, 1), d(2026, 12, 31), []string{"2026-10", "2026-11", "2026-12"}, "2026-Q3", "quý IV", "quý IV năm 2026"},
		{"2026-H1", d(2026, 1, 1), d(2026, 6, 30), []string{"2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"}, "2025-H2", "6 tháng đầu năm", "6 tháng đầu năm 2026"},
		{"2026-H2", d(2026, 7, 1), d(2026, 12, 31), []string{"2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"}, "2026-H1", "6 tháng cuối năm", "6 tháng cuối năm 2026"},
		{"2026", d(2026, 1, 1), d(2026, 12, 31), []string{"2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"}, "2025", "năm 2026", "năm 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.period, func(t *testing.T) {
			p, err := domain.ParsePeriod(tt.period)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Start(); !got.Equal(tt.start) {
				t.Errorf("Start() = %s, want %s", got.Format(time.DateOnly), tt.start.Format(time.DateOnly))
			}
			if got := p.End(); !got.Equal(tt.end) {
				t.Errorf("End() = %s, want %s", got.Format(time.DateOnly), tt.end.Format(time.DateOnly))
			}
			if got := p.LastMonth(); got != int(tt.end.Month()) {
				t.Errorf("LastMonth() = %d, want %d", got, tt.end.Month())
			}
			var months []string
			for _, m := range p.Months() {
				if m.Kind != domain.Month {
					t.Errorf("Months() holds %+v, not a month", m)
				}
				months = append(months, m.String())
			}
			if !slices.Equal(months, tt.months) {
				t.Errorf("Months() = %v, want %v", months, tt.months)
			}
			if got := p.Previous(); got.String() != tt.previous || got.Kind != p.Kind {
				t.Errorf("Previous() = %+v, want %s of the same kind", got, tt.previous)
			}
			if got := p.Name(); got != tt.name {
				t.Errorf("Name() = %q, want %q", got, tt.name)
			}
			if got := p.Words(); got != tt.words {
				t.Errorf("Words() = %q, want %q", got, tt.words)
			}
		})
	}
}

func TestPeriodContains(t *testing.T) {
	d := domain.Date
	hcm := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name   string
		period string
		day    time.Time
		want   bool
	}{
		{"first day of the month", "2026-03", d(2026, 3, 1), true},
		{"last day of the month", "2026-03", d(2026, 3, 31), true},
		{"last day late in the evening", "2026-03", time.Date(2026, 3, 31, 23, 59, 59, 0, time.UTC), true},
		{"day before the month", "2026-03", d(2026, 2, 28), false},
		{"day after the month", "2026-03", d(2026, 4, 1), false},
		{"leap day in a leap February", "2028-02", d(2028, 2, 29), true},
		{"1 March is not in February of a common year", "2026-02", d(2026, 3, 1), false},
		{"calendar day is read in its own zone", "2026-03", time.Date(2026, 4, 1, 0, 30, 0, 0, hcm), false},
		{"last day of the month in Vietnam time", "2026-03", time.Date(2026, 3, 31, 23, 0, 0, 0, hcm), true},
		{"quarter holds its middle month", "2026-Q1", d(2026, 2, 14), true},
		{"quarter ends with its last month", "2026-Q1", d(2026, 4, 1), false},
		{"first half holds 30 June", "2026-H1", d(2026, 6, 30), true},
		{"first half stops before July", "2026-H1", d(2026, 7, 1), false},
		{"second half holds 31 December", "2026-H2", d(2026, 12, 31), true},
		{"year holds its last day", "2026", d(2026, 12, 31), true},
		{"year stops before the next", "2026", d(2027, 1, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := domain.ParsePeriod(tt.period)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Contains(tt.day); got != tt.want {
				t.Errorf("%s.Contains(%s) = %v, want %v", tt.period, tt.day, got, tt.want)
			}
		})
	}
}

func TestMonthPeriodMatchesParsedMonth(t *testing.T) {
	got := domain.MonthPeriod(2026, time.March)
	want, _ := domain.ParsePeriod("2026-03")
	if got != want {
		t.Errorf("MonthPeriod(2026, March) = %+v, want %+v", got, want)
	}
	if (domain.Period{}).IsZero() != true || got.IsZero() {
		t.Error("IsZero should hold only for the zero Period")
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2026-02-04", domain.Date(2026, 2, 4)},
		{"04/02/2026", domain.Date(2026, 2, 4)},
		{"4/2/2026", domain.Date(2026, 2, 4)},
		{" 29/02/2028 ", domain.Date(2028, 2, 29)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := domain.ParseDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "29/02/2026", "2026-13-01", "ngày 4 tháng 2"} {
		t.Run("rejects "+bad, func(t *testing.T) {
			_, err := domain.ParseDate(bad)
			if domain.ErrorCode(err) != domain.Invalid {
				t.Fatalf("ParseDate(%q) error = %v, want an Invalid error", bad, err)
			}
			if !strings.Contains(err.Error(), "không đúng dạng") {
				t.Errorf("message %q is not the Vietnamese one", err)
			}
		})
	}
}
