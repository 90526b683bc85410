package submissions

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// CalendarNoteMax is the longest note of a changed day.
const CalendarNoteMax = 200

// DayInput is a change of one day of the working calendar as the form sent
// it: the day, "1" for an extra day off or "0" for a day worked, and why.
type DayInput struct {
	Date, Off, Note string
}

// SaveCalendarDay adds (or replaces) the organisation's change of one day:
// an extra day off on a working day, or a weekend day or holiday worked,
// with its audit entry, and returns it. A change that changes nothing (a
// day off on a Sunday) is refused. Problems name the form's fields: date,
// off, note; Day is set whenever the date could be read, so that the page
// shows its year.
func (s *Service) SaveCalendarDay(ctx context.Context, a usecase.Actor, in DayInput) (domain.CalendarOverride, error) {
	if err := a.Require(domain.ActConfigureSubmissions); err != nil {
		return domain.CalendarOverride{}, err
	}
	problems := append(domain.TextProblems("date", in.Date, false), domain.TextProblems("off", in.Off, false)...)
	if problems = append(problems, domain.TextProblems("note", in.Note, false)...); len(problems) > 0 {
		return domain.CalendarOverride{}, domain.InvalidInput("Ngày điều chỉnh có ký tự không hợp lệ; chưa lưu gì.", problems)
	}
	in = DayInput{Date: domain.NFC(in.Date), Off: domain.NFC(in.Off), Note: domain.NFC(in.Note)}
	o := domain.CalendarOverride{OrgID: a.Org.ID, Off: in.Off == "1", Note: in.Note}
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		own, err := tx.CalendarOverrides(ctx, a.Org.ID)
		if err != nil {
			return err
		}
		day, problems := checkDay(in, own)
		o.Date = day
		if len(problems) > 0 {
			return domain.InvalidInput("Ngày điều chỉnh chưa hợp lệ; chưa lưu gì.", problems)
		}
		var before any // the change this one replaces, if any
		for _, old := range own {
			if sameDay(old.Date, day) {
				before = old
			}
		}
		if err := tx.SaveCalendarOverride(ctx, o); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "calendar.save",
			Entity: "lịch làm việc ngày " + day.Format("02/01/2006"), Before: before, After: o, Reason: o.Note})
	})
	return o, err
}

// checkDay reads and checks the change of a day against the organisation's
// other changes; it returns the day when it could be read.
func checkDay(in DayInput, own []domain.CalendarOverride) (time.Time, []domain.Problem) {
	var problems []domain.Problem
	add := func(field, format string, args ...any) {
		problems = append(problems, domain.Problem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if n := utf8.RuneCountInString(in.Note); n > CalendarNoteMax {
		add("note", "Ghi chú quá dài: tối đa %d ký tự (hiện có %d).", CalendarNoteMax, n)
	}
	if in.Off != "1" && in.Off != "0" {
		add("off", "Chọn nghỉ thêm hoặc làm việc.")
	}
	if in.Date == "" {
		add("date", "Chọn ngày.")
		return time.Time{}, problems
	}
	day, err := domain.ParseDate(in.Date)
	if err != nil {
		add("date", "Ngày “%s” không đúng: viết ngày/tháng/năm, ví dụ 02/01/2026.", in.Date)
		return time.Time{}, problems
	}
	if day.Year() < CalendarYearMin || day.Year() > CalendarYearMax {
		add("date", "Chọn một ngày từ năm %d đến năm %d.", CalendarYearMin, CalendarYearMax)
		return time.Time{}, problems
	}
	cal := calendarWithout(own, day)
	working := cal.IsWorkingDay(day)
	switch {
	case in.Off == "1" && !working:
		add("date", "%s %s đã là ngày nghỉ%s.", Weekdays[day.Weekday()], day.Format("02/01/2006"), holidaySuffix(cal, day))
	case in.Off == "0" && working:
		add("date", "%s %s vốn là ngày làm việc.", Weekdays[day.Weekday()], day.Format("02/01/2006"))
	}
	return day, problems
}

// DeleteCalendarDay removes the organisation's change of a day, with its
// audit entry, and returns the change removed; a day it did not change is
// NotFound.
func (s *Service) DeleteCalendarDay(ctx context.Context, a usecase.Actor, date string) (domain.CalendarOverride, error) {
	if err := a.Require(domain.ActConfigureSubmissions); err != nil {
		return domain.CalendarOverride{}, err
	}
	day, err := domain.ParseDate(date)
	if err != nil || domain.TextProblems("date", date, false) != nil {
		return domain.CalendarOverride{}, domain.Errorf(domain.NotFound, "Ngày “%s” không có điều chỉnh lịch làm việc.", date)
	}
	var before domain.CalendarOverride
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		own, err := tx.CalendarOverrides(ctx, a.Org.ID)
		if err != nil {
			return err
		}
		found := false
		for _, o := range own {
			if sameDay(o.Date, day) {
				before, found = o, true
			}
		}
		if !found {
			return domain.Errorf(domain.NotFound, "Ngày %s không có điều chỉnh lịch làm việc.", day.Format("02/01/2006"))
		}
		if err := tx.DeleteCalendarOverride(ctx, a.Org.ID, day); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "calendar.delete",
			Entity: "lịch làm việc ngày " + day.Format("02/01/2006"), Before: before})
	})
	return before, err
}
