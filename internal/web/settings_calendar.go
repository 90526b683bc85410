package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
)

// Years the calendar page shows and edits, and the longest note of a day.
const (
	calendarYearMin, calendarYearMax = 2000, 2100
	calendarNoteMax                  = 200
)

// calendarPage is the working calendar of one year: the days off besides
// weekends (legal holidays, days in lieu, the Government's notices and the
// commune's own), the weekend days worked, and the commune's overrides.
type calendarPage struct {
	Page
	Year       int
	PrevYear   int // 0 at the first year the page shows
	NextYear   int // 0 at the last
	CanChi     string
	Tet        lunarCheck
	HungKings  lunarCheck
	DaysOff    []calendarDay
	DaysWorked []calendarDay
	Own        []calendarDay
	Form       calendarForm
	Errors     fieldErrors
}

// calendarDay is one day of the lists, with its lunar date to check against
// a printed calendar.
type calendarDay struct {
	Date    time.Time
	Weekday string
	Name    string
	Lunar   string
	Source  string // where the day comes from: the law, the Government's notice, the commune
	Off     bool
}

// lunarCheck shows where a lunar holiday falls and the lunar date computed
// back from that day, so that an administrator can compare with a calendar.
type lunarCheck struct {
	Date  time.Time
	Lunar string
}

type calendarForm struct {
	Date, Off, Note string
}

var vnWeekdays = [7]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

func (s *Server) calendarSettings(w http.ResponseWriter, r *http.Request) {
	year := domain.Today(s.now()).Year()
	if v := r.FormValue("year"); v != "" {
		y, err := strconv.Atoi(v)
		if err != nil || y < calendarYearMin || y > calendarYearMax {
			s.badRequest(w, r, fmt.Sprintf("Năm “%s” không xem được: chọn một năm từ %d đến %d.", v, calendarYearMin, calendarYearMax))
			return
		}
		year = y
	}
	s.renderCalendar(w, r, http.StatusOK, year, calendarForm{Off: "1"}, fieldErrors{})
}

func (s *Server) renderCalendar(w http.ResponseWriter, r *http.Request, status, year int, form calendarForm, errs fieldErrors) {
	data, err := s.calendarPageData(r, year)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Form, data.Errors = form, errs
	s.render(w, r, status, "settings_calendar", data)
}

func (s *Server) calendarPageData(r *http.Request, year int) (*calendarPage, error) {
	orgID := mustViewer(r).Org.ID
	own, err := s.store.CalendarOverrides(r.Context(), orgID)
	if err != nil {
		return nil, err
	}
	cal := orgCalendar(own)
	data := &calendarPage{Page: s.page(r, fmt.Sprintf("Lịch làm việc năm %d", year), "submissions"),
		Year: year, CanChi: calendar.YearCanChi(year), Tet: lunarHoliday(year, 1, 1), HungKings: lunarHoliday(year, 3, 10)}
	if year > calendarYearMin {
		data.PrevYear = year - 1
	}
	if year < calendarYearMax {
		data.NextYear = year + 1
	}
	source := daySources(own)
	for d := domain.Date(year, 1, 1); d.Year() == year; d = d.AddDate(0, 0, 1) {
		if name, ok := cal.Holiday(d); ok {
			data.DaysOff = append(data.DaysOff, newCalendarDay(d, name, source(d), true))
		} else if weekendDay(d) && cal.IsWorkingDay(d) {
			data.DaysWorked = append(data.DaysWorked, newCalendarDay(d, workedNote(d, own), source(d), false))
		}
	}
	for _, o := range own {
		if o.Date.Year() == year {
			data.Own = append(data.Own, newCalendarDay(o.Date, o.Note, "", o.Off))
		}
	}
	return data, nil
}

func newCalendarDay(d time.Time, name, source string, off bool) calendarDay {
	return calendarDay{Date: d, Weekday: vnWeekdays[d.Weekday()], Name: name, Lunar: calendar.ToLunar(d).String(), Source: source, Off: off}
}

// sameDay compares calendar days whatever the zone they were read in.
func sameDay(a, b time.Time) bool { return a.Format(time.DateOnly) == b.Format(time.DateOnly) }

func weekendDay(d time.Time) bool { return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday }

func toCalendarOverrides(own []domain.CalendarOverride) []calendar.Override {
	out := make([]calendar.Override, 0, len(own))
	for _, o := range own {
		out = append(out, calendar.Override{Date: o.Date, Off: o.Off, Note: o.Note})
	}
	return out
}

// daySources tells where a day of the calendar comes from: the commune's own
// override wins over the Government's notice, which wins over the law.
func daySources(own []domain.CalendarOverride) func(time.Time) string {
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
			return "Xã điều chỉnh"
		case notice[key(d)]:
			return "Thông báo của Chính phủ"
		}
		return "Bộ luật Lao động"
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
func lunarHoliday(year, month, day int) lunarCheck {
	d, err := calendar.FromLunar(calendar.LunarDate{Day: day, Month: month, Year: year})
	if err != nil {
		return lunarCheck{}
	}
	return lunarCheck{Date: d, Lunar: calendar.ToLunar(d).String()}
}
