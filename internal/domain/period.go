package domain

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// PeriodKind is the length of a reporting period.
type PeriodKind string

const (
	Month   PeriodKind = "month"
	Quarter PeriodKind = "quarter"
	Half    PeriodKind = "half"
	Year    PeriodKind = "year"
)

// Period is a reporting period (kỳ báo cáo). Its text form is "2026-03" for a
// month, "2026-Q1" for a quarter, "2026-H1" for a half-year and "2026" for a year.
type Period struct {
	Kind PeriodKind
	Year int
	N    int // month 1-12, quarter 1-4, half 1-2; 0 for a year
}

var periodPattern = regexp.MustCompile(`^(\d{4})(?:-(?:(\d{2})|[Qq]([1-4])|[Hh]([12])))?$`)

// ParsePeriod reads a period in its text form.
func ParsePeriod(s string) (Period, error) {
	m := periodPattern.FindStringSubmatch(NFC(s))
	if m == nil {
		return Period{}, Errorf(Invalid, "kỳ báo cáo %q không đúng dạng: dùng 2026-03 (tháng), 2026-Q1 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm)", s)
	}
	year, _ := strconv.Atoi(m[1])
	if year < 2000 || year > 2100 {
		return Period{}, Errorf(Invalid, "kỳ báo cáo %q: năm %d nằm ngoài khoảng 2000-2100", s, year)
	}
	switch {
	case m[2] != "":
		month, _ := strconv.Atoi(m[2])
		if month < 1 || month > 12 {
			return Period{}, Errorf(Invalid, "kỳ báo cáo %q: tháng %d không có (1-12)", s, month)
		}
		return Period{Kind: Month, Year: year, N: month}, nil
	case m[3] != "":
		q, _ := strconv.Atoi(m[3])
		return Period{Kind: Quarter, Year: year, N: q}, nil
	case m[4] != "":
		h, _ := strconv.Atoi(m[4])
		return Period{Kind: Half, Year: year, N: h}, nil
	}
	return Period{Kind: Year, Year: year}, nil
}

// MonthPeriod returns the month period of year and month.
func MonthPeriod(year int, month time.Month) Period {
	return Period{Kind: Month, Year: year, N: int(month)}
}

// String returns the text form that ParsePeriod reads.
func (p Period) String() string {
	switch p.Kind {
	case Month:
		return fmt.Sprintf("%04d-%02d", p.Year, p.N)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", p.Year, p.N)
	case Half:
		return fmt.Sprintf("%04d-H%d", p.Year, p.N)
	}
	return fmt.Sprintf("%04d", p.Year)
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p.Year == 0 }

// months returns the first and last month of the period.
func (p Period) months() (first, last int) {
	switch p.Kind {
	case Month:
		return p.N, p.N
	case Quarter:
		return 3*p.N - 2, 3 * p.N
	case Half:
		return 6*p.N - 5, 6 * p.N
	}
	return 1, 12
}

// Start returns the first day of the period.
func (p Period) Start() time.Time {
	first, _ := p.months()
	return Date(p.Year, time.Month(first), 1)
}

// End returns the last day of the period.
func (p Period) End() time.Time {
	_, last := p.months()
	return Date(p.Year, time.Month(last)+1, 1).AddDate(0, 0, -1)
}

// LastMonth returns the number of the period's last month.
func (p Period) LastMonth() int {
	_, last := p.months()
	return last
}

// Contains reports whether the calendar day d lies within the period.
func (p Period) Contains(d time.Time) bool {
	day := Date(d.Year(), d.Month(), d.Day())
	return !day.Before(p.Start()) && !day.After(p.End())
}

// Months returns the month periods that make up p, in order.
func (p Period) Months() []Period {
	first, last := p.months()
	out := make([]Period, 0, last-first+1)
	for m := first; m <= last; m++ {
		out = append(out, Period{Kind: Month, Year: p.Year, N: m})
	}
	return out
}

// Previous returns the period of the same kind just before p.
func (p Period) Previous() Period {
	switch p.Kind {
	case Month:
		if p.N == 1 {
			return Period{Kind: Month, Year: p.Year - 1, N: 12}
		}
	case Quarter:
		if p.N == 1 {
			return Period{Kind: Quarter, Year: p.Year - 1, N: 4}
		}
	case Half:
		if p.N == 1 {
			return Period{Kind: Half, Year: p.Year - 1, N: 2}
		}
	case Year:
		return Period{Kind: Year, Year: p.Year - 1}
	}
	return Period{Kind: p.Kind, Year: p.Year, N: p.N - 1}
}

var romanNumerals = []string{"", "I", "II", "III", "IV"}

// Name names the period without its year: "tháng 3", "quý I",
// "6 tháng đầu năm", "6 tháng cuối năm", "năm 2026".
func (p Period) Name() string {
	switch p.Kind {
	case Month:
		return fmt.Sprintf("tháng %d", p.N)
	case Quarter:
		return "quý " + romanNumerals[p.N]
	case Half:
		if p.N == 1 {
			return "6 tháng đầu năm"
		}
		return "6 tháng cuối năm"
	}
	return fmt.Sprintf("năm %d", p.Year)
}

// Words names the period in full: "tháng 3 năm 2026", "quý I năm 2026",
// "6 tháng đầu năm 2026", "năm 2026".
func (p Period) Words() string {
	switch p.Kind {
	case Month, Quarter, Half:
		return fmt.Sprintf("%s %d", p.nameBeforeYear(), p.Year)
	}
	return p.Name()
}

func (p Period) nameBeforeYear() string {
	if p.Kind == Half {
		return p.Name()
	}
	return p.Name() + " năm"
}

// Date returns the calendar day y-m-d as a time at midnight UTC. nq57 keeps
// calendar days this way so that they compare and store without time zones.
func Date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Vietnam is the time zone of every calendar day nq57 keeps (UTC+7, no
// daylight saving).
var Vietnam = time.FixedZone("ICT", 7*3600)

// Today returns the calendar day in Vietnam at the moment now.
func Today(now time.Time) time.Time {
	local := now.In(Vietnam)
	return Date(local.Year(), local.Month(), local.Day())
}

// ParseDate reads a calendar day written 2006-01-02 or 02/01/2006 (also 4/2/2026).
func ParseDate(s string) (time.Time, error) {
	s = NFC(s)
	for _, layout := range []string{"2006-01-02", "2/1/2006", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, Errorf(Invalid, "ngày %q không đúng dạng (ví dụ: 2026-02-04 hoặc 04/02/2026)", s)
}
