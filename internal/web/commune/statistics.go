package commune

import (
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/stats"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

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

// statsInput reads ?from=2026-01&to=2026-12 as typed.
func statsInput(r *http.Request) submissions.StatsInput {
	q := r.URL.Query()
	return submissions.StatsInput{From: q.Get("from"), To: q.Get("to")}
}

// statisticsPage is the statistics of submissions over a range of months.
type statisticsPage struct {
	ui.Page
	From, To string // as typed, kept on an error
	Errors   ui.Errors
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
	domain.SubmissionCounts
}

// Statistics shows the statistics of submissions over a range of months
// (?from=&to=); a range that cannot be read comes back with why (400).
func (h *Handlers) Statistics(w http.ResponseWriter, r *http.Request) {
	data := &statisticsPage{Page: h.ui.Page(r, "Thống kê phản ánh, kiến nghị", "statistics"), Errors: ui.Errors{}}
	in := statsInput(r)
	st, err := h.uc.Submissions.Statistics(r.Context(), ui.ActorOf(r), in)
	if data.Errors.FromDomain(err) {
		data.From, data.To = domain.NFC(in.From), domain.NFC(in.To)
		h.ui.Render(w, r, http.StatusBadRequest, "statistics", data)
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	rg := statsRange{From: st.From, To: st.To}
	data.From, data.To = rg.From.String(), rg.To.String()
	data.Title = "Thống kê phản ánh, kiến nghị " + rg.Words()
	data.Stats = newStatsView(rg, st.Figures)
	h.ui.Render(w, r, http.StatusOK, "statistics", data)
}

func newStatsView(rg statsRange, f stats.Figures) *statsView {
	sv := &statsView{Range: rg, Figures: f, Rate: "—", Median: days(f.MedianDays), MedianWorking: days(f.MedianWorkingDays),
		Chart: newMonthChart(f.Months)}
	if rate, ok := f.OnTimeRate(); ok {
		sv.Rate = domain.FormatNumber(math.Round(rate*1000)/10) + " %"
	}
	for _, k := range f.ByKind {
		sv.Kinds = append(sv.Kinds, kindStatsRow{Label: submissions.KindName(k.Kind), SubmissionCounts: k.SubmissionCounts})
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
