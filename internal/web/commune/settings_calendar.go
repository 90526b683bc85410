package commune

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// calendarPage is the working calendar of one year (see
// submissions.CalendarYear), with the form to change a day.
type calendarPage struct {
	ui.Page
	submissions.CalendarYear
	PrevYear int // 0 at the first year the page shows
	NextYear int // 0 at the last
	Form     submissions.DayInput
	Errors   ui.Errors
}

// CalendarSettings shows the working calendar of a year (?year=, this
// year when none).
func (h *Handlers) CalendarSettings(w http.ResponseWriter, r *http.Request) {
	year := domain.Today(h.now()).Year()
	if v := r.FormValue("year"); v != "" {
		y, err := strconv.Atoi(v)
		if err != nil {
			h.ui.BadRequest(w, r, fmt.Sprintf("Năm “%s” không xem được: chọn một năm từ %d đến %d.", v, submissions.CalendarYearMin, submissions.CalendarYearMax))
			return
		}
		year = y
	}
	h.renderCalendar(w, r, http.StatusOK, year, submissions.DayInput{Off: "1"}, ui.Errors{})
}

func (h *Handlers) renderCalendar(w http.ResponseWriter, r *http.Request, status, year int, form submissions.DayInput, errs ui.Errors) {
	cal, err := h.uc.Submissions.WorkingCalendar(r.Context(), ui.ActorOf(r), year)
	if domain.ErrorCode(err) == domain.Invalid {
		h.ui.BadRequest(w, r, err.Error())
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data := &calendarPage{Page: h.ui.Page(r, fmt.Sprintf("Lịch làm việc năm %d", year), "submissions"), CalendarYear: cal,
		Form: form, Errors: errs}
	if year > submissions.CalendarYearMin {
		data.PrevYear = year - 1
	}
	if year < submissions.CalendarYearMax {
		data.NextYear = year + 1
	}
	h.ui.Render(w, r, status, "settings_calendar", data)
}

// SaveCalendarOverride adds (or replaces) the organisation's change of one
// day (see submissions.SaveCalendarDay).
func (h *Handlers) SaveCalendarOverride(w http.ResponseWriter, r *http.Request) {
	form := submissions.DayInput{Date: r.FormValue("date"), Off: r.FormValue("off"), Note: r.FormValue("note")}
	o, err := h.uc.Submissions.SaveCalendarDay(r.Context(), ui.ActorOf(r), form)
	year := domain.Today(h.now()).Year()
	if !o.Date.IsZero() {
		year = o.Date.Year()
	}
	errs := ui.Errors{}
	switch {
	case err == nil:
		what := "ngày nghỉ"
		if !o.Off {
			what = "ngày làm việc"
		}
		ui.Redirect(w, r, fmt.Sprintf("/settings/calendar?year=%d", year),
			fmt.Sprintf("Đã đặt %s %s là %s.", submissions.Weekdays[o.Date.Weekday()], o.Date.Format("02/01/2006"), what))
	case errs.FromDomain(err):
		h.renderCalendar(w, r, http.StatusUnprocessableEntity, year, form, errs)
	default:
		h.ui.Fail(w, r, err)
	}
}

// DeleteCalendarOverride removes the organisation's change of a day; a day
// it did not change is a 404.
func (h *Handlers) DeleteCalendarOverride(w http.ResponseWriter, r *http.Request) {
	o, err := h.uc.Submissions.DeleteCalendarDay(r.Context(), ui.ActorOf(r), r.FormValue("date"))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.Redirect(w, r, fmt.Sprintf("/settings/calendar?year=%d", o.Date.Year()),
		fmt.Sprintf("Đã bỏ điều chỉnh ngày %s.", o.Date.Format("02/01/2006")))
}
