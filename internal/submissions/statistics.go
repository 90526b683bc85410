package submissions

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/stats"
	"github.com/nq57/nq57/internal/usecase"
)

// MaxStatsMonths bounds the range one page or export covers, so that the
// chart stays readable and a query stays small.
const MaxStatsMonths = 36

// StatsInput is the range of months asked for, as typed ("2026-01"; a
// year or a quarter reads as its first or last month). Empty: the current
// year.
type StatsInput struct {
	From, To string
}

// Stats are the statistics of the submissions received in a range of
// months, as they stand now.
type Stats struct {
	From, To domain.Period // months
	Figures  stats.Figures // counts of every submission of the organisation
	// Subs are the submissions the export lists one by one (tracking code,
	// title, status): those the actor may open, so unit staff get their
	// unit's only. A tracking code opens the public tracking page.
	Subs  []domain.Submission
	Units []domain.Unit
}

// Statistics computes the figures of the organisation's submissions over a
// range of months (at most MaxStatsMonths), with medians in its working days
// too. A malformed or backward range is Invalid, naming "from" or "to".
func (s *Service) Statistics(ctx context.Context, a usecase.Actor, in StatsInput) (Stats, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Stats{}, err
	}
	from, to, err := s.statsRange(in)
	if err != nil {
		return Stats{}, err
	}
	start, end := from.Start(), to.End()
	subs, err := s.env.Store.Submissions(ctx, a.Org.ID, start, end)
	if err != nil {
		return Stats{}, err
	}
	units, err := s.env.Store.Units(ctx, a.Org.ID)
	if err != nil {
		return Stats{}, err
	}
	cal, err := workingCalendar(ctx, s.env.Store, a.Org.ID)
	if err != nil {
		return Stats{}, err
	}
	figures := stats.ComputeOn(cal, subs, units, start, end, s.env.Now())
	subs = slices.DeleteFunc(subs, func(sub domain.Submission) bool { return !canSee(a, sub) })
	return Stats{From: from, To: to, Figures: figures, Subs: subs, Units: units}, nil
}

// statsRange reads the range; the default is the current year.
func (s *Service) statsRange(in StatsInput) (from, to domain.Period, err error) {
	now := s.env.Now().In(domain.Vietnam)
	from, to = domain.MonthPeriod(now.Year(), 1), domain.MonthPeriod(now.Year(), 12)
	var problems []domain.Problem
	if p, ok := monthOf("from", "Tháng bắt đầu", in.From, &problems); ok {
		from = domain.MonthPeriod(p.Start().Year(), p.Start().Month())
	}
	if p, ok := monthOf("to", "Tháng kết thúc", in.To, &problems); ok {
		to = domain.MonthPeriod(p.End().Year(), p.End().Month())
	}
	if len(problems) == 0 {
		switch n := (to.Year-from.Year)*12 + to.N - from.N + 1; {
		case n < 1:
			problems = append(problems, domain.Problem{Field: "to", Message: fmt.Sprintf(
				"Tháng kết thúc (%02d/%d) phải từ tháng bắt đầu (%02d/%d) trở đi.", to.N, to.Year, from.N, from.Year)})
		case n > MaxStatsMonths:
			problems = append(problems, domain.Problem{Field: "to", Message: fmt.Sprintf(
				"Chỉ xem được tối đa %d tháng một lần; khoảng đã chọn có %d tháng.", MaxStatsMonths, n)})
		}
	}
	if len(problems) > 0 {
		return from, to, domain.InvalidInput("Khoảng thời gian chưa đúng.", problems)
	}
	return from, to, nil
}

// monthOf reads one end of the range; ok is false when it is absent or
// wrong (a problem then says why).
func monthOf(field, label, v string, problems *[]domain.Problem) (domain.Period, bool) {
	if p := domain.TextProblems(field, v, false); p != nil {
		*problems = append(*problems, p...)
		return domain.Period{}, false
	}
	v = domain.NFC(v)
	if v == "" {
		return domain.Period{}, false
	}
	p, err := domain.ParsePeriod(v)
	if err != nil {
		*problems = append(*problems, domain.Problem{Field: field, Message: fmt.Sprintf("%s “%s” không đúng dạng năm-tháng, ví dụ 2026-03.", label, v)})
		return domain.Period{}, false
	}
	return p, true
}

// Export is a file to download.
type Export struct {
	Name string
	Data []byte
}

// ExportStatistics writes the statistics of a range as a workbook: the same
// figures as the page, and the list of submissions they count.
func (s *Service) ExportStatistics(ctx context.Context, a usecase.Actor, in StatsInput) (Export, error) {
	st, err := s.Statistics(ctx, a, in)
	if err != nil {
		return Export{}, err
	}
	var buf bytes.Buffer
	if err := excel.WriteStatistics(&buf, excel.StatisticsInput{OrgName: a.Org.Name, Figures: st.Figures, Submissions: st.Subs, Units: st.Units}); err != nil {
		return Export{}, fmt.Errorf("statistics workbook: %w", err)
	}
	return Export{Name: "Thống kê PAKN " + a.Org.Name + " " + st.From.String() + " đến " + st.To.String() + ".xlsx", Data: buf.Bytes()}, nil
}
