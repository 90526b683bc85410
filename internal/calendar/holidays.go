package calendar

import (
	"sort"
	"time"
)

// The public holidays of the Labour Code 2019 (Bộ luật Lao động số
// 45/2019/QH14), art. 112(1), and the days off in lieu of art. 111(3) and
// 112(3): when a holiday falls on a weekly day off, the next working day is
// off instead.

// Holiday names, as the Government's notices write them.
const (
	NewYear      = "Tết Dương lịch"
	LunarNewYear = "Tết Nguyên đán"
	HungKings    = "Giỗ Tổ Hùng Vương"
	Victory      = "Ngày Chiến thắng"
	LabourDay    = "Quốc tế Lao động"
	NationalDay  = "Quốc khánh"
	InLieu       = "Nghỉ bù"
	DayOff       = "Ngày nghỉ"
)

// Rules are the choices the law leaves to each year's Government decision.
type Rules struct {
	// NationalDayAfter lists the years whose second National Day holiday is
	// 3/9 rather than 1/9 (art. 112(1)(đ): "02/9 và 01 ngày liền kề trước
	// hoặc sau"). 2024 was such a year.
	NationalDayAfter []int
}

// yearHolidays are the legal holidays and days in lieu of one Gregorian year,
// by JDN.
type yearHolidays map[int]string

// holidaysOf computes the legal holidays of Gregorian year y and their days in
// lieu. Overrides play no part: a year's notice that moves a day in lieu says
// so with an override, which wins over the computed day.
func (r Rules) holidaysOf(y int) yearHolidays {
	h := yearHolidays{}
	h.add(y, time.January, 1, NewYear)
	h.addLunarNewYear(y)
	h.addLunar(LunarDate{Day: 10, Month: 3, Year: y}, HungKings)
	h.add(y, time.April, 30, Victory)
	h.add(y, time.May, 1, LabourDay)
	h.add(y, time.September, 2, NationalDay)
	h.add(y, time.September, r.nationalDaySecond(y), NationalDay)
	h.addInLieu()
	return h
}

// nationalDaySecond returns the day of September of the second National Day
// holiday in year y.
func (r Rules) nationalDaySecond(y int) int {
	for _, after := range r.NationalDayAfter {
		if after == y {
			return 3
		}
	}
	return 1
}

func (h yearHolidays) add(y int, m time.Month, d int, name string) {
	h[dayNumber(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))] = name
}

func (h yearHolidays) addLunar(l LunarDate, name string) {
	if t, err := FromLunar(l); err == nil {
		h[dayNumber(t)] = name
	}
}

// addLunarNewYear adds the default Tết: the last day of the old lunar year and
// the first four of the new one (art. 112(1)(b) gives 5 days; the Prime
// Minister fixes which, so years that differ carry overrides).
func (h yearHolidays) addLunarNewYear(y int) {
	tet, err := FromLunar(LunarDate{Day: 1, Month: 1, Year: y})
	if err != nil {
		return
	}
	first := dayNumber(tet)
	for d := first - 1; d <= first+3; d++ {
		h[d] = LunarNewYear
	}
}

// addInLieu gives each holiday on a Saturday or Sunday a day off on the next
// day that is neither a weekend, a holiday nor another day in lieu.
func (h yearHolidays) addInLieu() {
	days := make([]int, 0, len(h))
	for d := range h {
		days = append(days, d)
	}
	sort.Ints(days)
	for _, d := range days {
		if !isWeekend(d) {
			continue
		}
		next := d + 1
		for isWeekend(next) || h[next] != "" {
			next++
		}
		h[next] = InLieu
	}
}

func isWeekend(jdn int) bool {
	wd := weekday(jdn)
	return wd == time.Saturday || wd == time.Sunday
}
