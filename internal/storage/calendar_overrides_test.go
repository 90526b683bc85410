package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestCalendarOverridesSaveReplaceAndDelete(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		other, _ := otherCommune(t, s)
		ctx := t.Context()
		swapped := domain.CalendarOverride{OrgID: org.ID, Date: domain.Date(2026, time.May, 9), Off: false, Note: "Làm bù thứ Bảy"}
		extra := domain.CalendarOverride{OrgID: org.ID, Date: domain.Date(2026, time.January, 2), Off: true, Note: "Nghỉ bù"}
		must(t, s.SaveCalendarOverride(ctx, swapped))
		must(t, s.SaveCalendarOverride(ctx, extra))
		must(t, s.SaveCalendarOverride(ctx, domain.CalendarOverride{OrgID: other.ID, Date: extra.Date, Off: false}))
		extra.Note = "Nghỉ bù Tết Dương lịch"
		must(t, s.SaveCalendarOverride(ctx, extra)) // the same day again replaces

		got, err := s.CalendarOverrides(ctx, org.ID)
		must(t, err)
		if want := []domain.CalendarOverride{extra, swapped}; !reflect.DeepEqual(got, want) {
			t.Errorf("overrides = %+v\nwant %+v", got, want)
		}

		must(t, s.DeleteCalendarOverride(ctx, org.ID, extra.Date))
		wantCode(t, s.DeleteCalendarOverride(ctx, org.ID, extra.Date), domain.NotFound)
		got, err = s.CalendarOverrides(ctx, org.ID)
		must(t, err)
		if want := []domain.CalendarOverride{swapped}; !reflect.DeepEqual(got, want) {
			t.Errorf("after delete = %+v\nwant %+v", got, want)
		}
		theirs, err := s.CalendarOverrides(ctx, other.ID)
		must(t, err)
		if len(theirs) != 1 {
			t.Errorf("deleting our day touched another org's: %+v", theirs)
		}

		wantProblem(t, s.SaveCalendarOverride(ctx, domain.CalendarOverride{OrgID: org.ID}), "date")
		wantProblem(t, s.SaveCalendarOverride(ctx, domain.CalendarOverride{OrgID: 999, Date: extra.Date}), "org")
	})
}
