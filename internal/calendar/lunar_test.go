package calendar

import (
	"errors"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestToLunarKnownDays(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name   string
		day    time.Time
		want   LunarDate
		canChi string
	}{
		{"Tết Bính Ngọ (DOMAIN.md)", date(2026, 2, 17), LunarDate{1, 1, 2026, false}, "Bính Ngọ"},
		{"Giỗ Tổ 2026 (DOMAIN.md)", date(2026, 4, 26), LunarDate{10, 3, 2026, false}, "Bính Ngọ"},
		{"Tết Đinh Hợi (DOMAIN.md)", date(2007, 2, 17), LunarDate{1, 1, 2007, false}, "Đinh Hợi"},
		{"last day of Ất Tỵ", date(2026, 2, 16), LunarDate{29, 12, 2025, false}, "Ất Tỵ"},
		{"Tết Ất Sửu in Vietnam", date(1985, 1, 21), LunarDate{1, 1, 1985, false}, "Ất Sửu"},
		{"a day is read in its own zone", time.Date(2026, 2, 17, 0, 30, 0, 0, ict), LunarDate{1, 1, 2026, false}, "Bính Ngọ"},
		{"a day of the leap 2nd month of 2023", date(2023, 3, 22), LunarDate{1, 2, 2023, true}, "Quý Mão"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ToLunar(tt.day)
			if got != tt.want {
				t.Errorf("ToLunar(%s) = %v, want %v", tt.day.Format("2006-01-02"), got, tt.want)
			}
			if got.CanChi() != tt.canChi {
				t.Errorf("CanChi() = %q, want %q", got.CanChi(), tt.canChi)
			}
		})
	}
}

// Tết (1/1) dates as published in Vietnamese calendars and widely known.
func TestTetDates(t *testing.T) {
	tests := map[int]time.Time{
		1985: date(1985, 1, 21), 2000: date(2000, 2, 5), 2007: date(2007, 2, 17),
		2008: date(2008, 2, 7), 2010: date(2010, 2, 14), 2017: date(2017, 1, 28),
		2018: date(2018, 2, 16), 2019: date(2019, 2, 5), 2020: date(2020, 1, 25),
		2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
		2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17),
		2027: date(2027, 2, 6), 2030: date(2030, 2, 2),
	}
	for y, want := range tests {
		got, err := FromLunar(LunarDate{Day: 1, Month: 1, Year: y})
		if err != nil || !got.Equal(want) {
			t.Errorf("Tết %d = %s, %v; want %s", y, got.Format("2006-01-02"), err, want.Format("2006-01-02"))
		}
	}
}

// leapMonthOf returns the number of the leap month that begins in lunar year
// y (between its 1/1 and the next), or 0.
func leapMonthOf(t *testing.T, y int) int {
	t.Helper()
	start, _ := FromLunar(LunarDate{Day: 1, Month: 1, Year: y})
	end, _ := FromLunar(LunarDate{Day: 1, Month: 1, Year: y + 1})
	for d := start; d.Before(end); d = d.AddDate(0, 0, 1) {
		if l := ToLunar(d); l.Leap {
			return l.Month
		}
	}
	return 0
}

// Leap months as published (2020 leap 4, 2023 leap 2, 2025 leap 6) and as
// computed here and by the independent reckoning of crosscheck_test.go
// (2028 leap 5, 2031 leap 3, 2033 leap 11).
func TestLeapMonths(t *testing.T) {
	tests := []struct{ year, leap int }{
		{2017, 6}, {2020, 4}, {2023, 2}, {2024, 0}, {2025, 6}, {2026, 0},
		{2027, 0}, {2028, 5}, {2031, 3}, {2033, 11},
	}
	for _, tt := range tests {
		if got := leapMonthOf(t, tt.year); got != tt.leap {
			t.Errorf("leap month of %d = %d, want %d", tt.year, got, tt.leap)
		}
	}
}

func TestFromLunarRefusesDaysThatDoNotExist(t *testing.T) {
	tests := []struct {
		name string
		l    LunarDate
	}{
		{"a leap month the year does not have", LunarDate{1, 1, 2026, true}},
		{"leap 3 in a year whose leap month is 2", LunarDate{1, 3, 2023, true}},
		{"day 30 of a 29-day month (12th month of Ất Tỵ)", LunarDate{30, 12, 2025, false}},
		{"month 13", LunarDate{1, 13, 2026, false}},
		{"day 0", LunarDate{0, 1, 2026, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := FromLunar(tt.l); !errors.Is(err, ErrNoSuchLunarDate) {
				t.Errorf("FromLunar(%v) = %v, %v; want ErrNoSuchLunarDate", tt.l, got, err)
			}
		})
	}
}

// Every day of 1900-2100 converts to a lunar date and back, and the lunar
// dates follow each other: the next day, or day 1 of the next month after
// day 29 or 30.
func TestRoundTripEveryDay1900To2100(t *testing.T) {
	prev := ToLunar(date(1899, 12, 31))
	for d := date(1900, 1, 1); d.Year() <= 2100; d = d.AddDate(0, 0, 1) {
		l := ToLunar(d)
		back, err := FromLunar(l)
		if err != nil || !back.Equal(d) {
			t.Fatalf("FromLunar(ToLunar(%s) = %v) = %s, %v", d.Format("2006-01-02"), l, back.Format("2006-01-02"), err)
		}
		if !follows(prev, l) {
			t.Fatalf("%s: %v does not follow %v", d.Format("2006-01-02"), l, prev)
		}
		prev = l
	}
}

func follows(prev, l LunarDate) bool {
	if l.Day != 1 {
		return l.Day == prev.Day+1 && l.Month == prev.Month && l.Year == prev.Year && l.Leap == prev.Leap
	}
	if prev.Day != 29 && prev.Day != 30 {
		return false
	}
	if l.Leap {
		return l.Month == prev.Month && !prev.Leap && l.Year == prev.Year
	}
	if prev.Month == 12 {
		return l.Month == 1 && l.Year == prev.Year+1
	}
	return l.Month == prev.Month+1 && l.Year == prev.Year
}

func TestYearCanChi(t *testing.T) {
	tests := map[int]string{
		1900: "Canh Tý", 1945: "Ất Dậu", 1985: "Ất Sửu", 2007: "Đinh Hợi", 2023: "Quý Mão",
		2024: "Giáp Thìn", 2025: "Ất Tỵ", 2026: "Bính Ngọ", 2100: "Canh Thân",
	}
	for y, want := range tests {
		if got := YearCanChi(y); got != want {
			t.Errorf("YearCanChi(%d) = %q, want %q", y, got, want)
		}
	}
}
