package calendar

import (
	"sync"
	"time"
)

// Override changes one day of one year, as the Government's yearly notice on
// holidays does: Off true gives a day off (a longer Tết, a swapped Friday),
// Off false makes a day worked (the Saturday given in exchange).
type Override struct {
	Date time.Time // a calendar day
	Off  bool
	Note string // why, in Vietnamese; Holiday reports it for a day off
}

// Calendar tells working days from days off: Monday to Friday work, Saturday
// and Sunday rest, the legal holidays and days in lieu rest, and overrides
// win over both. It is safe for concurrent use.
type Calendar struct {
	rules     Rules
	overrides map[int]Override // by JDN

	mu    sync.Mutex
	years map[int]yearHolidays // computed on first use
}

// New returns the calendar of the default rules with the given overrides.
func New(overrides []Override) *Calendar {
	return NewWithRules(Rules{}, overrides)
}

// NewWithRules returns the calendar of the given rules and overrides. A later
// override of the same day wins.
func NewWithRules(r Rules, overrides []Override) *Calendar {
	c := &Calendar{rules: r, overrides: map[int]Override{}, years: map[int]yearHolidays{}}
	for _, o := range overrides {
		c.overrides[dayNumber(o.Date)] = o
	}
	return c
}

// IsWorkingDay reports whether d is a working day.
func (c *Calendar) IsWorkingDay(d time.Time) bool {
	return c.working(dayNumber(d))
}

// Holiday reports why d is a day off other than an ordinary weekend: the legal
// holiday's name, "Nghỉ bù" for a day in lieu, or an override's note. A day an
// override makes worked is no holiday.
func (c *Calendar) Holiday(d time.Time) (name string, ok bool) {
	return c.holiday(dayNumber(d))
}

func (c *Calendar) working(jdn int) bool {
	if o, ok := c.overrides[jdn]; ok {
		return !o.Off
	}
	if _, ok := c.holiday(jdn); ok {
		return false
	}
	return !isWeekend(jdn)
}

func (c *Calendar) holiday(jdn int) (string, bool) {
	o, overridden := c.overrides[jdn]
	if overridden && !o.Off {
		return "", false
	}
	if name := c.yearOf(jdn)[jdn]; name != "" {
		return name, true
	}
	if !overridden {
		return "", false
	}
	if o.Note != "" {
		return o.Note, true
	}
	return DayOff, true
}

// yearOf returns the holidays of the Gregorian year holding jdn, computing
// them once.
func (c *Calendar) yearOf(jdn int) yearHolidays {
	y := dayTime(jdn).Year()
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.years[y]
	if !ok {
		h = c.rules.holidaysOf(y)
		c.years[y] = h
	}
	return h
}

// AddWorkingDays returns the n-th working day after start, start itself not
// counted (Civil Code 2015 art. 147: a period runs from the day after the
// event). n = 0 gives start; a negative n counts back, to the |n|-th working
// day before start.
func (c *Calendar) AddWorkingDays(start time.Time, n int) time.Time {
	d, step := dayNumber(start), 1
	if n < 0 {
		n, step = -n, -1
	}
	for n > 0 {
		d += step
		if c.working(d) {
			n--
		}
	}
	return dayTime(d)
}

// AddCalendarDays returns the day n days after start.
func (c *Calendar) AddCalendarDays(start time.Time, n int) time.Time {
	return dayTime(dayNumber(start) + n)
}

// WorkingDaysBetween returns the number of working days after a up to and
// including b, so that WorkingDaysBetween(s, AddWorkingDays(s, n)) == n; it
// is negative when b is before a.
func (c *Calendar) WorkingDaysBetween(a, b time.Time) int {
	from, to, sign := dayNumber(a), dayNumber(b), 1
	if to < from {
		from, to, sign = to, from, -1
	}
	count := 0
	for d := from + 1; d <= to; d++ {
		if c.working(d) {
			count++
		}
	}
	return sign * count
}

// Rule is a deadline: Days working days, or Days calendar days when Working
// is false.
type Rule struct {
	Days    int
	Working bool
}

// Due returns the last day of the period r that starts on start. A period in
// calendar days that ends on a day off ends on the next working day instead
// (Civil Code 2015 art. 148(5)).
func (c *Calendar) Due(start time.Time, r Rule) time.Time {
	if r.Working {
		return c.AddWorkingDays(start, r.Days)
	}
	d := dayNumber(start) + r.Days
	for !c.working(d) {
		d++
	}
	return dayTime(d)
}
