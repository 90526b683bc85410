package calendar

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// The Vietnamese lunisolar calendar, reckoned for UTC+7:
//   - a month begins on the civil day (in Vietnam) of a new moon;
//   - month 11 is the month that holds the winter solstice (λ☉ = 270°);
//   - when 13 new moons begin between one month 11 and the next, the first of
//     those months after month 11 that holds no major solar term (λ☉ a
//     multiple of 30°) is a leap month and repeats the number of the month
//     before it.
// New moons come from Meeus ch. 49 and solar terms from ch. 25 (see astro.go).
// Tested for 1900-2100 against known Tết dates and leap months and against an
// independent reckoning (crosscheck_test.go). Where a new moon or a solar term
// falls within minutes of midnight the 0.01° Sun of ch. 25 and the ΔT
// extrapolation decide, and may differ from the official calendar (1938 is
// such a year). Before 1968 Vietnam kept the Chinese (UTC+8) calendar; this
// package reckons every year at UTC+7.

// LunarDate is a day of the Vietnamese lunar calendar. Year is the Gregorian
// year in which the lunar year begins (Tết): 1/1 Bính Ngọ is Year 2026.
type LunarDate struct {
	Day, Month, Year int
	Leap             bool // a leap (nhuận) month, repeating Month
}

// ErrNoSuchLunarDate is returned by FromLunar for a day that does not exist.
var ErrNoSuchLunarDate = errors.New("no such lunar date")

// ToLunar returns the lunar date of the calendar day d.
func ToLunar(d time.Time) LunarDate {
	jdn := dayNumber(d)
	k := lunationOf(jdn)
	y := lunarYearAround(d.Year(), k)
	pos := k - y.month11
	num, leap := pos, false
	if y.leap != 0 && pos >= y.leap {
		num, leap = pos-1, pos == y.leap
	}
	month, year := 11+num, y.base
	if month > 12 {
		month, year = month-12, y.base+1
	}
	return LunarDate{Day: jdn - newMoonDay(k) + 1, Month: month, Year: year, Leap: leap}
}

// FromLunar returns the calendar day (midnight UTC) of a lunar date, or an
// error wrapping ErrNoSuchLunarDate for a leap month the year does not have or
// a day past the month's end.
func FromLunar(l LunarDate) (time.Time, error) {
	if l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 {
		return time.Time{}, fmt.Errorf("lunar %s: %w", l, ErrNoSuchLunarDate)
	}
	y, pos := yearOfMonth11(l.Year-1), l.Month+1
	if l.Month >= 11 {
		y, pos = yearOfMonth11(l.Year), l.Month-11
	}
	switch {
	case l.Leap && y.leap != pos+1:
		return time.Time{}, fmt.Errorf("lunar %s: month %d of %d is not doubled: %w", l, l.Month, l.Year, ErrNoSuchLunarDate)
	case l.Leap || (y.leap != 0 && pos >= y.leap):
		pos++
	}
	k := y.month11 + pos
	start := newMoonDay(k)
	if length := newMoonDay(k+1) - start; l.Day > length {
		return time.Time{}, fmt.Errorf("lunar %s: the month has %d days: %w", l, length, ErrNoSuchLunarDate)
	}
	return dayTime(start + l.Day - 1), nil
}

// lunarSpan is the stretch from month 11 of lunar year base to month 11 of
// the next lunar year.
type lunarSpan struct {
	base    int // lunar year of the first month 11
	month11 int // lunation number of that month 11
	leap    int // position of the leap month after month11 (1-12), or 0
}

// yearOfMonth11 returns the span that starts with month 11 of lunar year y.
func yearOfMonth11(y int) lunarSpan {
	a, b := month11(y), month11(y+1)
	return lunarSpan{base: y, month11: a, leap: leapPosition(a, b)}
}

// lunarYearAround returns the span holding lunation k, which begins in
// Gregorian year gy.
func lunarYearAround(gy, k int) lunarSpan {
	if k >= month11(gy) {
		return yearOfMonth11(gy)
	}
	return yearOfMonth11(gy - 1)
}

// month11 returns the lunation number of month 11 of lunar year y: the month
// that holds the December solstice of Gregorian year y.
func month11(y int) int {
	guess := float64(dayNumber(time.Date(y, time.December, 21, 0, 0, 0, 0, time.UTC)))
	solstice := jdeToUT(sunReaches(270, guess))
	return lunationOf(localDay(solstice))
}

// leapPosition returns the position after month 11 (lunation a) of the leap
// month when 13 months begin before the next month 11 (lunation b), or 0.
func leapPosition(a, b int) int {
	if b-a != 13 {
		return 0
	}
	for i := 1; i < 13; i++ {
		if !hasMajorTerm(a + i) {
			return i
		}
	}
	return 0
}

// hasMajorTerm reports whether lunation k's month holds a major solar term:
// whether the Sun crosses a multiple of 30° between the first instant of the
// month and the first instant of the next.
func hasMajorTerm(k int) bool {
	return termIndex(newMoonDay(k)) != termIndex(newMoonDay(k+1))
}

// termIndex returns ⌊λ☉/30°⌋ at the first instant of the civil day jdn.
func termIndex(jdn int) int {
	return int(sunLongitude(utToJDE(dayStartUT(jdn))) / 30)
}

// newMoonDay returns the civil day in Vietnam of new moon number k.
func newMoonDay(k int) int {
	return localDay(jdeToUT(newMoon(float64(k))))
}

// lunationOf returns the number of the last new moon on or before day jdn,
// starting from the mean lunation (49.2, k ≈ (year − 2000) × 12.3685) and
// stepping to the true one.
func lunationOf(jdn int) int {
	k := int(math.Floor((float64(jdn) - 2451550.1) / synodicMonth))
	for newMoonDay(k+1) <= jdn {
		k++
	}
	for newMoonDay(k) > jdn {
		k--
	}
	return k
}

// String writes the date the Vietnamese way, "10/3/2026" or "15/4 nhuận/2023".
func (l LunarDate) String() string {
	if l.Leap {
		return fmt.Sprintf("%d/%d nhuận/%d", l.Day, l.Month, l.Year)
	}
	return fmt.Sprintf("%d/%d/%d", l.Day, l.Month, l.Year)
}
