package submissions

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Years the working calendar shows and edits.
const CalendarYearMin, CalendarYearMax = 2000, 2100

// Weekdays name the days of the week, Sunday first as time.Weekday counts.
var Weekdays = [7]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// Where a day of the working calendar comes from, besides the
// organisation's own changes (ownSource).
const (
	SourceLaw    = "Bộ luật Lao động"
	SourceNotice = "Thông báo của Chính phủ"
)

// ownSource says that the organisation changed a day: "Xã điều chỉnh",
// "Phường điều chỉnh".
func ownSource(org domain.Org) string {
	who := org.LevelWord()
	if who == "" {
		return org.Name + " điều chỉnh"
	}
	return domain.UpperFirst(who) + " điều chỉnh"
}

// CalendarYear is the working calendar of one year: the days off besides
// weekends (legal holidays, days in lieu, the Government's notices and the
// organisation's own), the weekend days worked, and the organisation's own
// changes.
type CalendarYear struct {
	Year       int
	CanChi     string
	Tet        LunarCheck
	HungKings  LunarCheck
	DaysOff    []CalendarDay
	DaysWorked []CalendarDay
	Own        []CalendarDay
}

// CalendarDay is one day of the lists, with its lunar date to check against
// a printed calendar.
type CalendarDay struct {
	Date    time.Time
	Weekday string
	Name    string
	Lunar   string
	Source  string // SourceLaw, SourceNotice or the organisation's own; "" in the list of own changes
	Off     bool
}

// LunarCheck shows where a lunar holiday falls and the lunar date computed
// back from that day, so that an administrator can compare with a calendar.
type LunarCheck struct {
	Date  time.Time
	Lunar string
}

// WorkingCalendar returns the organisation's working calendar of a year
// (Invalid outside CalendarYearMin…CalendarYearMax).
func (s *Service) WorkingCalendar(ctx context.Context, a usecase.Actor, year int) (CalendarYear, error) {
	if err := a.Require(domain.ActView); err != nil {
		return CalendarYear{}, err
	}
	if year < CalendarYearMin || year > CalendarYearMax {
		return CalendarYear{}, domain.Errorf(domain.Invalid, "Năm %d không xem được: chọn một năm từ %d đến %d.", year, CalendarYearMin, CalendarYearMax)
	}
	own, err := s.env.Store.CalendarOverrides(ctx, a.Org.ID)
	if err != nil {
		return CalendarYear{}, err
	}
	cal := Calendar(own)
	out := CalendarYear{Year: year, CanChi: calendar.YearCanChi(year), Tet: lunarHoliday(year, 1, 1), HungKings: lunarHoliday(year, 3, 10)}
	source := daySources(own, ownSource(a.Org))
	for d := domain.Date(year, 1, 1); d.Year() == year; d = d.AddDate(0, 0, 1) {
		if name, ok := cal.Holiday(d); ok {
			out.DaysOff = append(out.DaysOff, newCalendarDay(d, name, source(d), true))
		} else if weekend(d) && cal.IsWorkingDay(d) {
			out.DaysWorked = append(out.DaysWorked, newCalendarDay(d, workedNote(d, own), source(d), false))
		}
	}
	for _, o := range own {
		if o.Date.Year() == year {
			out.Own = append(out.Own, newCalendarDay(o.Date, o.Note, "", o.Off))
		}
	}
	return out, nil
}

func newCalendarDay(d time.Time, name, source string, off bool) CalendarDay {
	return CalendarDay{Date: d, Weekday: Weekdays[d.Weekday()], Name: name, Lunar: calendar.ToLunar(d).String(), Source: source, Off: off}
}

// sameDay compares calendar days whatever the zone they were read in.
func sameDay(a, b time.Time) bool { return a.Format(time.DateOnly) == b.Format(time.DateOnly) }

func weekend(d time.Time) bool { return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday }

// daySources tells where a day of the calendar comes from: the
// organisation's own override wins over the Government's notice, which wins
// over the law.
func daySources(own []domain.CalendarOverride, ownWords string) func(time.Time) string {
	key := func(d time.Time) string { return d.Format(time.DateOnly) }
	mine, notice := map[string]bool{}, map[string]bool{}
	for _, o := range own {
		mine[key(o.Date)] = true
	}
	for _, o := range calendar.Overrides2026() {
		notice[key(o.Date)] = true
	}
	return func(d time.Time) string {
		switch {
		case mine[key(d)]:
			return ownWords
		case notice[key(d)]:
			return SourceNotice
		}
		return SourceLaw
	}
}

// workedNote is why a weekend day is worked: the override's note.
func workedNote(d time.Time, own []domain.CalendarOverride) string {
	for _, o := range own {
		if sameDay(o.Date, d) {
			return o.Note
		}
	}
	for _, o := range calendar.Overrides2026() {
		if sameDay(o.Date, d) {
			return o.Note
		}
	}
	return "Làm việc"
}

// lunarHoliday finds the day of a lunar date in a year and reads its lunar
// date back.
func lunarHoliday(year, month, day int) LunarCheck {
	d, err := calendar.FromLunar(calendar.LunarDate{Day: day, Month: month, Year: year})
	if err != nil {
		return LunarCheck{}
	}
	return LunarCheck{Date: d, Lunar: calendar.ToLunar(d).String()}
}

// calendarWithout is the organisation's calendar as it would be without its
// own override of one day, to tell whether a new override changes anything.
func calendarWithout(own []domain.CalendarOverride, day time.Time) *calendar.Calendar {
	return Calendar(slices.DeleteFunc(slices.Clone(own), func(o domain.CalendarOverride) bool { return sameDay(o.Date, day) }))
}

// holidaySuffix names the holiday a day already is, for a message.
func holidaySuffix(cal *calendar.Calendar, day time.Time) string {
	if name, ok := cal.Holiday(day); ok {
		return fmt.Sprintf(" (%s)", name)
	}
	return ""
}
