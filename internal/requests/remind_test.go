package requests_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// at is 09:00 in Vietnam on the day.
func at(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 0, 0, 0, domain.Vietnam) }

// reminders lists the notices of an account, oldest first, leaving out
// the request's own notice.
func (f *fixture) reminders(login string) []domain.Notice {
	var out []domain.Notice
	all := f.notices(login)
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].Kind != domain.NoticeRequest {
			out = append(out, all[i])
		}
	}
	return out
}

// March's report of Công văn 202 is due on 18 March (three working days
// after the 14th), with reminders 3 and 1 days before: each commune whose
// report is not issued is reminded on the 15th and the 17th and told it is
// overdue on the 19th, each once however often Remind runs; a commune that
// issued its report is not reminded, nor anyone of a closed request.
func TestRemindersBeforeAndAfterTheDueDate(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		f.issued(cv202())
		must(t, f.Store.LockPeriod(ctx, domain.PeriodLock{OrgID: f.xuanHoa.ID, Period: domain.MonthPeriod(2026, time.March),
			LockedAt: at(2026, 3, 14), LockedBy: "xuan-hoa-leader"}))
		runs := []struct {
			day  time.Time
			told int // leaders and administrators of Xuân Hưng and Nam Định
		}{
			{at(2026, 3, 14), 0}, {at(2026, 3, 15), 4}, {at(2026, 3, 15).Add(time.Hour), 0}, {at(2026, 3, 16), 0},
			{at(2026, 3, 17), 4}, {at(2026, 3, 18), 0}, {at(2026, 3, 19), 4}, {at(2026, 3, 20), 0},
		}
		for _, run := range runs {
			told, err := f.svc.Remind(ctx, run.day)
			if err != nil || told != run.told {
				t.Errorf("on %s: told %d (%v), want %d", run.day.Format(time.DateTime), told, err, run.told)
			}
		}
		want := []struct {
			kind  domain.NoticeKind
			title string
		}{
			{domain.NoticeDueSoon, "Báo cáo tháng 3 năm 2026 đến hạn ngày 18/03/2026 (còn 3 ngày)"},
			{domain.NoticeDueSoon, "Báo cáo tháng 3 năm 2026 đến hạn ngày 18/03/2026 (còn 1 ngày)"},
			{domain.NoticeOverdue, "Báo cáo tháng 3 năm 2026 đã quá hạn (hạn ngày 18/03/2026)"},
		}
		for _, login := range []string{"lanhdao", "quantri", "nam-dinh-leader", "nam-dinh-admin"} {
			got := f.reminders(login)
			if len(got) != len(want) {
				t.Errorf("%s was reminded %d times: %+v", login, len(got), got)
				continue
			}
			for i, w := range want {
				if got[i].Kind != w.kind || got[i].Title != w.title || got[i].Link != "/reports/2026-03" ||
					!strings.Contains(got[i].Body, "Công văn số 202-CV/UBKTTU") {
					t.Errorf("%s's reminder %d: %+v, want %s %q", login, i, got[i], w.kind, w.title)
				}
			}
		}
		for _, login := range []string{"xuan-hoa-leader", "xuan-hoa-admin", "xem", "nam-dinh-viewer"} {
			if got := f.reminders(login); len(got) != 0 {
				t.Errorf("%s was reminded: %+v", login, got)
			}
		}
	})
}

// A closed request reminds no one; a request to the phường reminds the
// phường only, for its own periods.
func TestRemindersFollowTheRequestsThatStand(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		r := f.issued(cv202())
		if _, err := f.svc.Close(ctx, f.inProvince("tinh-lanhdao"), r.ID, r.Version); err != nil {
			t.Fatal(err)
		}
		if told, err := f.svc.Remind(ctx, at(2026, 3, 15)); err != nil || told != 0 {
			t.Errorf("a closed request reminded %d people (%v)", told, err)
		}
		q := cv202()
		q.Frequency, q.FirstPeriod, q.Audience, q.CommuneType = "quarter", "2026-Q1", "type", "phuong"
		q.CutoffDay, q.DueMode, q.DueWorkingDays, q.DueDay, q.ReminderDays = "", "next_month", "", "10", "1"
		f.issued(q)
		if told, err := f.svc.Remind(ctx, at(2026, 4, 9)); err != nil || told != 2 {
			t.Errorf("the quarter's reminder told %d people (%v), want the phường's leader and administrator", told, err)
		}
		if got := f.reminders("nam-dinh-leader"); len(got) != 1 || got[0].Title != "Báo cáo quý I năm 2026 đến hạn ngày 10/04/2026 (còn 1 ngày)" {
			t.Errorf("the phường's leader: %+v", got)
		}
	})
}

// Two runs at once (two servers on one database, or serve and a cron's
// `nq57 remind`) tell each person once between them.
func TestConcurrentRemindersTellEachPersonOnce(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		f.issued(cv202())
		const runs = 4
		told := make(chan int, runs)
		errs := make(chan error, runs)
		for range runs {
			go func() {
				n, err := f.svc.Remind(ctx, at(2026, 3, 15))
				told <- n
				errs <- err
			}()
		}
		total := 0
		for range runs {
			total += <-told
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
		if total != 6 {
			t.Errorf("the runs told %d people between them, want 6 (three communes' leaders and administrators)", total)
		}
		for _, login := range []string{"lanhdao", "quantri", "xuan-hoa-leader"} {
			if got := f.reminders(login); len(got) != 1 {
				t.Errorf("%s was reminded %d times", login, len(got))
			}
		}
	})
}
