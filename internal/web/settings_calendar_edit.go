package web

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// calendarWithout is the commune's calendar as it would be without its own
// override of one day, to tell whether a new override changes anything.
func (s *Server) calendarWithout(ctx context.Context, orgID int64, day time.Time) (*calendar.Calendar, error) {
	own, err := s.store.CalendarOverrides(ctx, orgID)
	if err != nil {
		return nil, err
	}
	return orgCalendar(slices.DeleteFunc(own, func(o domain.CalendarOverride) bool { return sameDay(o.Date, day) })), nil
}

// saveCalendarOverride adds (or replaces) the commune's override of one day:
// an extra day off on a working day, or a weekend day or holiday worked.
func (s *Server) saveCalendarOverride(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	form := calendarForm{Date: formValue(r, "date"), Off: r.FormValue("off"), Note: formValue(r, "note")}
	day, errs := s.checkCalendarForm(r.Context(), v.Org.ID, form)
	year := domain.Today(s.now()).Year()
	if !day.IsZero() {
		year = day.Year()
	}
	if errs.any() {
		s.renderCalendar(w, r, http.StatusUnprocessableEntity, year, form, errs)
		return
	}
	o := domain.CalendarOverride{OrgID: v.Org.ID, Date: day, Off: form.Off == "1", Note: form.Note}
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		own, err := tx.CalendarOverrides(r.Context(), v.Org.ID)
		if err != nil {
			return err
		}
		var before any // the override this one replaces, if any
		for _, old := range own {
			if sameDay(old.Date, day) {
				before = old
			}
		}
		if err := tx.SaveCalendarOverride(r.Context(), o); err != nil {
			return err
		}
		return s.audit(tx, r, "calendar.save", "lịch làm việc ngày "+day.Format("02/01/2006"), before, o, o.Note)
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	what := "ngày nghỉ"
	if !o.Off {
		what = "ngày làm việc"
	}
	redirectWithFlash(w, r, fmt.Sprintf("/settings/calendar?year=%d", year),
		fmt.Sprintf("Đã đặt %s %s là %s.", vnWeekdays[day.Weekday()], day.Format("02/01/2006"), what))
}

func (s *Server) checkCalendarForm(ctx context.Context, orgID int64, f calendarForm) (time.Time, fieldErrors) {
	errs := fieldErrors{}
	if n := utf8.RuneCountInString(f.Note); n > calendarNoteMax {
		errs.add("note", fmt.Sprintf("Ghi chú quá dài: tối đa %d ký tự (hiện có %d).", calendarNoteMax, n))
	}
	if f.Off != "1" && f.Off != "0" {
		errs.add("off", "Chọn nghỉ thêm hoặc làm việc.")
	}
	if f.Date == "" {
		errs.add("date", "Chọn ngày.")
		return time.Time{}, errs
	}
	day, err := domain.ParseDate(f.Date)
	if err != nil {
		errs.add("date", fmt.Sprintf("Ngày “%s” không đúng: viết ngày/tháng/năm, ví dụ 02/01/2026.", f.Date))
		return time.Time{}, errs
	}
	if day.Year() < calendarYearMin || day.Year() > calendarYearMax {
		errs.add("date", fmt.Sprintf("Chọn một ngày từ năm %d đến năm %d.", calendarYearMin, calendarYearMax))
		return time.Time{}, errs
	}
	cal, err := s.calendarWithout(ctx, orgID, day)
	if err != nil {
		errs.add("", "Không đọc được lịch làm việc; xin thử lại.")
		return day, errs
	}
	working := cal.IsWorkingDay(day)
	switch {
	case f.Off == "1" && !working:
		errs.add("date", fmt.Sprintf("%s %s đã là ngày nghỉ%s.", vnWeekdays[day.Weekday()], day.Format("02/01/2006"), holidaySuffix(cal, day)))
	case f.Off == "0" && working:
		errs.add("date", fmt.Sprintf("%s %s vốn là ngày làm việc.", vnWeekdays[day.Weekday()], day.Format("02/01/2006")))
	}
	return day, errs
}

func holidaySuffix(cal *calendar.Calendar, day time.Time) string {
	if name, ok := cal.Holiday(day); ok {
		return " (" + name + ")"
	}
	return ""
}

// deleteCalendarOverride removes the commune's override of a day; a day the
// commune did not change is a 404.
func (s *Server) deleteCalendarOverride(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	day, err := domain.ParseDate(formValue(r, "date"))
	if err != nil {
		s.notFound(w, r)
		return
	}
	own, err := s.store.CalendarOverrides(r.Context(), v.Org.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	var before *domain.CalendarOverride
	for i := range own {
		if sameDay(own[i].Date, day) {
			before = &own[i]
		}
	}
	if before == nil {
		s.notFound(w, r)
		return
	}
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.DeleteCalendarOverride(r.Context(), v.Org.ID, day); err != nil {
			return err
		}
		return s.audit(tx, r, "calendar.delete", "lịch làm việc ngày "+day.Format("02/01/2006"), before, nil, "")
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, fmt.Sprintf("/settings/calendar?year=%d", day.Year()),
		fmt.Sprintf("Đã bỏ điều chỉnh ngày %s.", day.Format("02/01/2006")))
}
