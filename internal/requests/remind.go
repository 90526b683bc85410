package requests

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/storage"
)

// OverdueCatchUp is how many days after the due date an overdue reminder
// still goes out when it could not go the day after (the server was down):
// it goes out once, on the first run in those days.
const OverdueCatchUp = 7

// Remind tells each commune's leader and administrator, at the time now,
// of the reports its province's requests ask for that are not issued yet:
// on each of a request's reminder days before the due date ("due soon"),
// and from the day after the due date ("overdue"). Each notice carries a
// key (the request, the period and the day) so that running Remind again,
// every hour or twice at once, tells no one twice. It returns how many
// people were told; a commune that fails is reported in the error and the
// others are still reminded.
func (s *Service) Remind(ctx context.Context, now time.Time) (int, error) {
	provinces, err := s.env.Store.Orgs(ctx, 0)
	if err != nil {
		return 0, err
	}
	told := 0
	var errs []error
	for _, prov := range provinces {
		if prov.Level != domain.LevelProvince {
			continue
		}
		n, err := s.remindProvince(ctx, prov, now)
		told += n
		if err != nil {
			errs = append(errs, fmt.Errorf("remind the communes of %s: %w", prov.DisplayName(), err))
		}
	}
	return told, errors.Join(errs...)
}

// remindProvince reminds the communes of one province.
func (s *Service) remindProvince(ctx context.Context, prov domain.Org, now time.Time) (int, error) {
	st := s.env.Store
	all, err := st.Requests(ctx, prov.ID, domain.ReportKindNQ57Monthly)
	if err != nil || !slices.ContainsFunc(all, standing) {
		return 0, err
	}
	communes, err := st.Orgs(ctx, prov.ID)
	if err != nil {
		return 0, err
	}
	cal, err := Calendar(ctx, st, prov.ID)
	if err != nil {
		return 0, err
	}
	today := domain.Today(now)
	told := 0
	var errs []error
	for _, c := range communes {
		for _, p := range candidates(all, today) {
			r, ok := domain.ApplyingRequest(all, c, p)
			if !ok || !standing(r) { // a closed request reminds no one
				continue
			}
			n, ok := reminder(r, p, r.Due(p, cal), today)
			if !ok {
				continue
			}
			k, err := s.tell(ctx, c, p, n, now)
			told += k
			if err != nil {
				errs = append(errs, fmt.Errorf("%s, %s: %w", c.Name, p, err))
			}
		}
	}
	return told, errors.Join(errs...)
}

// standing reports whether a request is issued and not closed.
func standing(r domain.ReportRequest) bool { return !r.IssuedAt.IsZero() && r.ClosedAt.IsZero() }

// candidates are the periods whose reports may be due soon or just overdue
// today: of each frequency the requests ask for, the period holding today
// and the three before it (a report is due after its data window, which
// ends within its period).
func candidates(all []domain.ReportRequest, today time.Time) []domain.Period {
	var out []domain.Period
	for _, r := range all {
		if !standing(r) {
			continue
		}
		p := periodOf(r.Frequency, today)
		for range 4 {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
			p = p.Previous()
		}
	}
	return out
}

// periodOf returns the period of the kind that holds the day.
func periodOf(kind domain.PeriodKind, day time.Time) domain.Period {
	m := int(day.Month())
	switch kind {
	case domain.Quarter:
		return domain.Period{Kind: domain.Quarter, Year: day.Year(), N: (m-1)/3 + 1}
	case domain.Half:
		return domain.Period{Kind: domain.Half, Year: day.Year(), N: (m-1)/6 + 1}
	case domain.Year:
		return domain.Period{Kind: domain.Year, Year: day.Year()}
	}
	return domain.MonthPeriod(day.Year(), day.Month())
}

// reminder is the notice period p's report, due on due, calls for today,
// if any: "due soon" on a reminder day, "overdue" from the day after the
// due date (for OverdueCatchUp days).
func reminder(r domain.ReportRequest, p domain.Period, due, today time.Time) (domain.Notice, bool) {
	left := int(due.Sub(today).Hours() / 24)
	link := "/reports/" + p.String()
	switch {
	case left > 0 && slices.Contains(r.ReminderDays, left):
		return domain.Notice{Kind: domain.NoticeDueSoon, Link: link,
			Title:    fmt.Sprintf("Báo cáo %s đến hạn ngày %s (còn %d ngày)", p.Words(), due.Format("02/01/2006"), left),
			Body:     fmt.Sprintf("Theo %s, báo cáo %s phải nộp chậm nhất ngày %s; báo cáo chưa được ban hành.", r.Citation(), p.Words(), due.Format("02/01/2006")),
			DedupKey: fmt.Sprintf("due:%d:%s:%d", r.ID, p, left)}, true
	case left < 0 && left >= -OverdueCatchUp:
		return domain.Notice{Kind: domain.NoticeOverdue, Link: link,
			Title:    fmt.Sprintf("Báo cáo %s đã quá hạn (hạn ngày %s)", p.Words(), due.Format("02/01/2006")),
			Body:     fmt.Sprintf("Theo %s, báo cáo %s phải nộp chậm nhất ngày %s; đến nay báo cáo chưa được ban hành. Đề nghị hoàn thành và ban hành ngay.", r.Citation(), p.Words(), due.Format("02/01/2006")),
			DedupKey: fmt.Sprintf("overdue:%d:%s", r.ID, p)}, true
	}
	return domain.Notice{}, false
}

// tell sends notice n to commune c's leader and administrator in one
// transaction, unless c's report of period p is issued (its current issue,
// or the period locked by it).
func (s *Service) tell(ctx context.Context, c domain.Org, p domain.Period, n domain.Notice, now time.Time) (int, error) {
	told := 0
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		done, err := reported(ctx, tx, c, p)
		if err != nil || done {
			return err
		}
		told, err = notify.Tell(ctx, tx, now, notify.Audience{OrgID: c.ID, Roles: communeHeads}, n)
		return err
	})
	return told, err
}

// reported reports whether commune c has issued its report of period p.
func reported(ctx context.Context, st *storage.Store, c domain.Org, p domain.Period) (bool, error) {
	locked, err := st.PeriodLocked(ctx, c.ID, p)
	if err != nil || locked {
		return locked, err
	}
	issued, err := st.IssuedReports(ctx, c.ID, domain.ReportKindNQ57Monthly)
	if err != nil {
		return false, err
	}
	return slices.ContainsFunc(issued, func(ir domain.IssuedReport) bool {
		return ir.Period == p && ir.SupersededAt.IsZero()
	}), nil
}
