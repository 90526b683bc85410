package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// calendarPage is the working calendar of one year (see
// submissions.CalendarYear), with the form to change a day.
type calendarPage struct {
	Page
	submissions.CalendarYear
	PrevYear int // 0 at the first year the page shows
	NextYear int // 0 at the last
	Form     submissions.DayInput
	Errors   fieldErrors
}

func (s *Server) calendarSettings(w http.ResponseWriter, r *http.Request) {
	year := domain.Today(s.now()).Year()
	if v := r.FormValue("year"); v != "" {
		y, err := strconv.Atoi(v)
		if err != nil {
			s.badRequest(w, r, fmt.Sprintf("Năm “%s” không xem được: chọn một năm từ %d đến %d.", v, submissions.CalendarYearMin, submissions.CalendarYearMax))
			return
		}
		year = y
	}
	s.renderCalendar(w, r, http.StatusOK, year, submissions.DayInput{Off: "1"}, fieldErrors{})
}

func (s *Server) renderCalendar(w http.ResponseWriter, r *http.Request, status, year int, form submissions.DayInput, errs fieldErrors) {
	cal, err := s.uc.submissions.WorkingCalendar(r.Context(), actorOf(r), year)
	if domain.ErrorCode(err) == domain.Invalid {
		s.badRequest(w, r, err.Error())
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := &calendarPage{Page: s.page(r, fmt.Sprintf("Lịch làm việc năm %d", year), "submissions"), CalendarYear: cal,
		Form: form, Errors: errs}
	if year > submissions.CalendarYearMin {
		data.PrevYear = year - 1
	}
	if year < submissions.CalendarYearMax {
		data.NextYear = year + 1
	}
	s.render(w, r, status, "settings_calendar", data)
}

// saveCalendarOverride adds (or replaces) the organisation's change of one
// day (see submissions.SaveCalendarDay).
func (s *Server) saveCalendarOverride(w http.ResponseWriter, r *http.Request) {
	form := submissions.DayInput{Date: r.FormValue("date"), Off: r.FormValue("off"), Note: r.FormValue("note")}
	o, err := s.uc.submissions.SaveCalendarDay(r.Context(), actorOf(r), form)
	year := domain.Today(s.now()).Year()
	if !o.Date.IsZero() {
		year = o.Date.Year()
	}
	errs := fieldErrors{}
	switch {
	case err == nil:
		what := "ngày nghỉ"
		if !o.Off {
			what = "ngày làm việc"
		}
		redirectWithFlash(w, r, fmt.Sprintf("/settings/calendar?year=%d", year),
			fmt.Sprintf("Đã đặt %s %s là %s.", submissions.Weekdays[o.Date.Weekday()], o.Date.Format("02/01/2006"), what))
	case errs.fromDomain(err):
		s.renderCalendar(w, r, http.StatusUnprocessableEntity, year, form, errs)
	default:
		s.fail(w, r, err)
	}
}

// deleteCalendarOverride removes the organisation's change of a day; a day
// it did not change is a 404.
func (s *Server) deleteCalendarOverride(w http.ResponseWriter, r *http.Request) {
	o, err := s.uc.submissions.DeleteCalendarDay(r.Context(), actorOf(r), r.FormValue("date"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, fmt.Sprintf("/settings/calendar?year=%d", o.Date.Year()),
		fmt.Sprintf("Đã bỏ điều chỉnh ngày %s.", o.Date.Format("02/01/2006")))
}
