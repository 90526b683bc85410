package calendar

import (
	"sync"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestHolidayNames(t *testing.T) {
	cal := New(Overrides2026())
	tests := []struct {
		day  string
		name string // "" for no holiday
	}{
		{"2026-01-01", NewYear},
		{"2026-01-02", "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)"},
		{"2026-01-10", ""}, // a Saturday worked
		{"2026-01-03", ""}, // an ordinary Saturday
		{"2026-02-14", LunarNewYear},
		{"2026-02-16", LunarNewYear}, // last day of Ất Tỵ
		{"2026-02-17", LunarNewYear},
		{"2026-02-20", LunarNewYear}, // mùng 4
		{"2026-02-22", LunarNewYear},
		{"2026-02-23", ""},
		{"2026-04-26", HungKings},
		{"2026-04-27", InLieu},
		{"2026-04-30", Victory},
		{"2026-05-01", LabourDay},
		{"2026-09-01", NationalDay},
		{"2026-09-02", NationalDay},
		{"2026-09-03", ""},
	}
	for _, tt := range tests {
		name, ok := cal.Holiday(day(tt.day))
		if name != tt.name || ok != (tt.name != "") {
			t.Errorf("Holiday(%s) = %q, %v; want %q", tt.day, name, ok, tt.name)
		}
	}
}

// Days in lieu the default rules derive, checked against the Government's
// notices of those years: 1/1/2022 (Saturday) → Monday 3/1; 30/4 and 1/5/2022
// (weekend) → 2/5 and 3/5; Giỗ Tổ 10/4/2022 (Sunday) → 11/4; 2/9/2023
// (Saturday) → Monday 4/9; Tết 2027 (6/2, a Saturday) → 10/2 and 11/2.
func TestDaysInLieu(t *testing.T) {
	cal := New(nil)
	inLieu := []string{"2022-01-03", "2022-05-02", "2022-05-03", "2022-04-11", "2023-09-04", "2027-02-10", "2027-02-11"}
	for _, d := range inLieu {
		if name, ok := cal.Holiday(day(d)); !ok || name != InLieu {
			t.Errorf("Holiday(%s) = %q, %v; want %q", d, name, ok, InLieu)
		}
		if cal.IsWorkingDay(day(d)) {
			t.Errorf("IsWorkingDay(%s) = true, want a day in lieu", d)
		}
	}
	if name, _ := cal.Holiday(day("2022-04-10")); name != HungKings {
		t.Errorf("Holiday(2022-04-10) = %q, want Giỗ Tổ on 10/3 lunar", name)
	}
}

func TestNationalDayAdjacentDayIsConfigurable(t *testing.T) {
	def := New(nil)
	after := NewWithRules(Rules{NationalDayAfter: []int{2024, 2026}}, nil)
	tests := []struct {
		cal  *Calendar
		day  string
		want bool // working
	}{
		{def, "2026-09-01", false},
		{def, "2026-09-03", true},
		{after, "2026-09-01", true},
		{after, "2026-09-03", false},
		{after, "2024-09-03", false},
		{after, "2025-09-01", false}, // other years keep 1/9
	}
	for _, tt := range tests {
		if got := tt.cal.IsWorkingDay(day(tt.day)); got != tt.want {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tt.day, got, tt.want)
		}
	}
}

func TestAddWorkingDays(t *testing.T) {
	with2026 := New(Overrides2026())
	plain := New(nil)
	after := NewWithRules(Rules{NationalDayAfter: []int{2026}}, nil)
	tests := []struct {
		name  string
		cal   *Calendar
		start string
		n     int
		want  string
	}{
		{"zero days is the start", with2026, "2026-02-12", 0, "2026-02-12"},
		{"across Tết 2026: 13/2, then 23/2 to 5/3", with2026, "2026-02-12", 10, "2026-03-05"},
		{"the day before Tết off", with2026, "2026-02-13", 1, "2026-02-23"},
		{"across 1/1 and the swapped Friday 2/1/2026", with2026, "2025-12-31", 3, "2026-01-07"},
		{"without the swap Friday 2/1/2026 is worked", plain, "2025-12-31", 3, "2026-01-06"},
		{"the swapped Saturday 10/1/2026 counts", with2026, "2026-01-08", 2, "2026-01-10"},
		{"without the swap 10/1/2026 is a Saturday", plain, "2026-01-08", 2, "2026-01-12"},
		{"across Giỗ Tổ in lieu, 30/4 and 1/5 2026", with2026, "2026-04-24", 5, "2026-05-06"},
		{"the day in lieu 27/4/2026 needs no override", plain, "2026-04-24", 1, "2026-04-28"},
		{"across 30/4-1/5 2022 on a weekend, off to 3/5", plain, "2022-04-29", 1, "2022-05-04"},
		{"across 1/9 and 2/9 2026", plain, "2026-08-28", 2, "2026-09-03"},
		{"across 2/9 and 3/9 2026 when so decided", after, "2026-08-28", 2, "2026-09-01"},
		{"across 2/9/2023 on a Saturday, off 4/9", plain, "2023-08-31", 1, "2023-09-05"},
		{"counting back across Tết 2026", with2026, "2026-02-23", -2, "2026-02-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cal.AddWorkingDays(day(tt.start), tt.n)
			if !got.Equal(day(tt.want)) {
				t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tt.start, tt.n, got.Format("2006-01-02"), tt.want)
			}
		})
	}
}

func TestDue(t *testing.T) {
	cal := New(Overrides2026())
	tests := []struct {
		name  string
		start string
		rule  Rule
		want  string
	}{
		{"10 working days across Tết", "2026-02-12", Rule{Days: 10, Working: true}, "2026-03-05"},
		{"calendar days ending in Tết move to the next working day", "2026-02-11", Rule{Days: 3}, "2026-02-23"},
		{"calendar days ending on a working day stay", "2026-03-01", Rule{Days: 15}, "2026-03-16"},
		{"calendar days ending on a Sunday move to Monday", "2026-03-01", Rule{Days: 14}, "2026-03-16"},
		{"calendar days ending on the swapped Saturday stay", "2026-01-03", Rule{Days: 7}, "2026-01-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cal.Due(day(tt.start), tt.rule); !got.Equal(day(tt.want)) {
				t.Errorf("Due(%s, %+v) = %s, want %s", tt.start, tt.rule, got.Format("2006-01-02"), tt.want)
			}
		})
	}
	if got := cal.AddCalendarDays(day("2026-02-12"), 10); !got.Equal(day("2026-02-22")) {
		t.Errorf("AddCalendarDays(2026-02-12, 10) = %s, want 2026-02-22 (no roll-forward)", got.Format("2006-01-02"))
	}
}

// For every start over two years and several lengths, AddWorkingDays lands on
// a working day that WorkingDaysBetween counts as n, the day before it counts
// n−1, and counting back from it returns to a working start.
func TestWorkingDaysBetweenAgreesWithAddWorkingDays(t *testing.T) {
	cal := New(Overrides2026())
	for s := day("2025-12-01"); s.Before(day("2028-01-01")); s = s.AddDate(0, 0, 1) {
		for _, n := range []int{0, 1, 2, 3, 5, 10, 15, 22, 30} {
			d := cal.AddWorkingDays(s, n)
			if got := cal.WorkingDaysBetween(s, d); got != n {
				t.Fatalf("WorkingDaysBetween(%s, %s) = %d, want %d", s.Format("2006-01-02"), d.Format("2006-01-02"), got, n)
			}
			if got := cal.WorkingDaysBetween(d, s); got != -n {
				t.Fatalf("WorkingDaysBetween(%s, %s) = %d, want %d", d.Format("2006-01-02"), s.Format("2006-01-02"), got, -n)
			}
			if n == 0 {
				continue
			}
			if !cal.IsWorkingDay(d) || cal.WorkingDaysBetween(s, d.AddDate(0, 0, -1)) != n-1 {
				t.Fatalf("AddWorkingDays(%s, %d) = %s is not the first day %d working days on", s.Format("2006-01-02"), n, d.Format("2006-01-02"), n)
			}
			if cal.IsWorkingDay(s) && !cal.AddWorkingDays(d, -n).Equal(s) {
				t.Fatalf("AddWorkingDays(%s, %d) does not return to %s", d.Format("2006-01-02"), -n, s.Format("2006-01-02"))
			}
		}
	}
}

func TestCalendarIsSafeForConcurrentUse(t *testing.T) {
	cal := New(Overrides2026())
	var wg sync.WaitGroup
	got := make([]time.Time, 8)
	for i := range got {
		wg.Go(func() {
			got[i] = cal.AddWorkingDays(day("2020-01-01").AddDate(i, 0, 0), 300)
		})
	}
	wg.Wait()
	// Run with -race to catch unguarded access; without it, the answers
	// must still be those of a calendar used by one goroutine.
	for i, g := range got {
		if want := New(Overrides2026()).AddWorkingDays(day("2020-01-01").AddDate(i, 0, 0), 300); !g.Equal(want) {
			t.Errorf("start %d: concurrent answer %s, alone %s", 2020+i, g.Format(time.DateOnly), want.Format(time.DateOnly))
		}
	}
}
