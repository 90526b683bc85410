package web

import (
	"context"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/stats"
)

// maxStatsMonths bounds the range one page or export covers, so that the
// chart stays readable and a query stays small.
const maxStatsMonths = 36

// statsRange is the months a statistics page covers.
type statsRange struct {
	From, To domain.Period // months
}

// ExportHref is the link to the range's workbook. It is built here from two
// parsed periods, so it is safe as a URL as it stands.
func (r statsRange) ExportHref() template.URL {
	return template.URL("/statistics/export.xlsx?" + url.Values{"from": {r.From.String()}, "to": {r.To.String()}}.Encode())
}

// Words names the range: "từ tháng 01/2026 đến tháng 12/2026".
func (r statsRange) Words() string {
	if r.From == r.To {
		return fmt.Sprintf("tháng %02d/%d", r.From.N, r.From.Year)
	}
	return fmt.Sprintf("từ tháng %02d/%d đến tháng %02d/%d", r.From.N, r.From.Year, r.To.N, r.To.Year)
}

// statsRangeOf reads ?from=2026-01&to=2026-12 (a year or a quarter also
// reads, as its first or last month); the default is the current year. A
// malformed or backward range is noted in errs.
func (s *Server) statsRangeOf(r *http.Request, errs fieldErrors) statsRange {
	now := s.now().In(domain.Vietnam)
	rg := statsRange{From: domain.MonthPeriod(now.Year(), 1), To: domain.MonthPeriod(now.Year(), 12)}
	if p, ok := monthParam(r, "from", "Tháng bắt đầu", errs); ok {
		rg.From = domain.MonthPeriod(p.Start().Year(), p.Start().Month())
	}
	if p, ok := monthParam(r, "to", "Tháng kết thúc", errs); ok {
		rg.To = domain.MonthPeriod(p.End().Year(), p.End().Month())
	}
	if errs.any() {
		return rg
	}
	switch n := monthsBetween(rg.From, rg.To); {
	case n < 1:
		errs.add("to", fmt.Sprintf("Tháng kết thúc (%02d/%d) phải từ tháng bắt đầu (%02d/%d) trở đi.", rg.To.N, rg.To.Year, rg.From.N, rg.From.Year))
	case n > maxStatsMonths:
		errs.add("to", fmt.Sprintf("Chỉ xem được tối đa %d tháng một lần; khoảng đã chọn có %d tháng.", maxStatsMonths, n))
	}
	return rg
}

// monthParam reads a month from the query; ok is false when it is absent or
// malformed (noted in errs).
func monthParam(r *http.Request, name, label string, errs fieldErrors) (domain.Period, bool) {
	v := domain.NFC(r.URL.Query().Get(name))
	if v == "" {
		return domain.Period{}, false
	}
	p, err := domain.ParsePeriod(v)
	if err != nil {
		errs.add(name, fmt.Sprintf("%s “%s” không đúng dạng năm-tháng, ví dụ 2026-03.", label, v))
		return domain.Period{}, false
	}
	return p, true
}

// monthsBetween counts the months from a to b, both included.
func monthsBetween(a, b domain.Period) int {
	return (b.Year-a.Year)*12 + b.N - a.N + 1
}

// statsData is what the page and the export both show.
type statsData struct {
	Range   statsRange
	Figures stats.Figures
	Subs    []domain.Submission
	Units   []domain.Unit
}

// loadStats reads the organisation's submissions of the range and computes
// their figures as of now, with medians in its working days too.
func (s *Server) loadStats(ctx context.Context, orgID int64, rg statsRange) (statsData, error) {
	from, to := rg.From.Start(), rg.To.End()
	subs, err := s.store.Submissions(ctx, orgID, from, to)
	if err != nil {
		return statsData{}, err
	}
	units, err := s.store.Units(ctx, orgID)
	if err != nil {
		return statsData{}, err
	}
	cal, err := s.workingCalendar(ctx, orgID)
	if err != nil {
		return statsData{}, err
	}
	f := stats.ComputeOn(cal, subs, units, from, to, s.now())
	return statsData{Range: rg, Figures: f, Subs: subs, Units: units}, nil
}

// statisticsPage is the statistics of submissions over a range of months.
type statisticsPage struct {
	Page
	From, To string // as typed, kept on an error
	Errors   fieldErrors
	Stats    *statsView
}

// statsView is the figures written for the page.
type statsView struct {
	Range         statsRange
	Figures       stats.Figures
	Rate          string // "66,7 %", or "—" when nothing was answered
	Median        string // "5 ngày", or "—"
	MedianWorking string
	Chart         monthChart
	Kinds         []kindStatsRow
}

// kindStatsRow is a row of the table by kind.
type kindStatsRow struct {
	Label string
	stats.Counts
}

func (s *Server) statistics(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	data := &statisticsPage{Page: s.page(r, "Thống kê phản ánh, kiến nghị", "statistics"), Errors: fieldErrors{}}
	rg := s.statsRangeOf(r, data.Errors)
	data.From, data.To = rg.From.String(), rg.To.String()
	if data.Errors.any() {
		data.From, data.To = formValue(r, "from"), formValue(r, "to")
		s.render(w, r, http.StatusBadRequest, "statistics", data)
		return
	}
	sd, err := s.loadStats(r.Context(), v.Org.ID, rg)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Title = "Thống kê phản ánh, kiến nghị " + rg.Words()
	data.Stats = newStatsView(sd)
	s.render(w, r, http.StatusOK, "statistics", data)
}

func newStatsView(sd statsData) *statsView {
	f := sd.Figures
	sv := &statsView{Range: sd.Range, Figures: f, Rate: "—", Median: days(f.MedianDays), MedianWorking: days(f.MedianWorkingDays),
		Chart: newMonthChart(f.Months)}
	if rate, ok := f.OnTimeRate(); ok {
		sv.Rate = domain.FormatNumber(math.Round(rate*1000)/10) + " %"
	}
	for _, k := range f.ByKind {
		sv.Kinds = append(sv.Kinds, kindStatsRow{Label: upperFirst(k.Kind.Label()), Counts: k.Counts})
	}
	return sv
}

// days writes a median number of days, to one decimal, or "—".
func days(v *float64) string {
	if v == nil {
		return "—"
	}
	return domain.FormatNumber(math.Round(*v*10)/10) + " ngày"
}
