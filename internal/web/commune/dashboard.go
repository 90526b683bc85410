package commune

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/web/ui"
)

// dashboardPage is the overview of one period: criteria met by group, met
// month by month, criteria still without data by unit, overdue tasks and the
// report due.
type dashboardPage struct {
	ui.Page
	Period    domain.Period
	Months    []domain.Period // the months of the period's year, to pick another
	Program   domain.Program
	NoProgram bool
	Offer     []domain.Period // months of the newest program, when the period's year has none
	Met       int
	Total     int
	NoData    int
	Groups    []reporting.GroupFigure
	Chart     ui.BarChart
	Missing   []missingGroup
	Overdue   []taskRow
	OpenTasks int
	Report    reportDue
}

// Dashboard shows the overview of a period (?period=, the default period
// when none).
func (h *Handlers) Dashboard(w http.ResponseWriter, r *http.Request) {
	p, err := ui.Period(r, h.defaultPeriod())
	if err != nil {
		h.ui.BadRequest(w, r, err.Error())
		return
	}
	d, err := h.uc.Reporting.Dashboard(r.Context(), ui.ActorOf(r), p)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "dashboard", h.dashboardPageOf(r, d))
}

// dashboardPageOf lays the dashboard's figures out for the page: unit names
// and links, the chart, the overdue tasks.
func (h *Handlers) dashboardPageOf(r *http.Request, d reporting.Dashboard) *dashboardPage {
	names := domain.UnitNames(d.Units)
	data := &dashboardPage{Page: h.ui.Page(r, "Tổng quan "+d.Period.Words(), "dashboard"), Period: d.Period,
		Months: domain.Period{Kind: domain.Year, Year: d.Period.Year}.Months(), Program: d.Program,
		NoProgram: d.NoProgram, Offer: d.Offer, Met: d.Met, Total: d.Total, NoData: d.NoData, Groups: d.Groups,
		OpenTasks: len(d.OpenTasks), Overdue: overdueOnly(openTaskRows(d.OpenTasks, names, h.now())),
		Report: reportDue{ReportDue: d.Report, Href: reportPath(d.Period)}}
	if d.NoProgram {
		return data
	}
	for _, mg := range d.Missing {
		data.Missing = append(data.Missing, newMissingGroup(mg, names, d.Period))
	}
	var points []ui.ChartPoint
	for _, m := range d.Monthly {
		points = append(points, ui.ChartPoint{Label: fmt.Sprintf("T%d", m.Month.N), Name: fmt.Sprintf("Tháng %d/%d", m.Month.N, m.Month.Year), Value: m.Met})
	}
	data.Chart = ui.NewBarChart("met-chart",
		fmt.Sprintf("Số tiêu chí đạt theo tháng, năm %d", d.Period.Year),
		fmt.Sprintf("Biểu đồ cột: số tiêu chí đạt (cộng dồn) cuối mỗi tháng, từ tháng 1 đến %s, trên tổng số %d tiêu chí của chương trình %s. Số liệu chi tiết ở bảng ngay sau biểu đồ.",
			d.Period.Words(), d.Total, d.Program.Number),
		points)
	return data
}
