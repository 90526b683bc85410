package commune

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/web/ui"
)

// reportsPage lists the reporting periods of one program year.
type reportsPage struct {
	ui.Page
	Year     int
	Years    []int // every program year, newest first, for switching
	Sections []reportSection
}

// reportSection is one kind of period: the months, the quarters, …
type reportSection struct {
	Title string
	Rows  []reporting.PeriodRow
}

// Reports lists the reporting periods of a program year (?year=).
func (h *Handlers) Reports(w http.ResponseWriter, r *http.Request) {
	year, _ := strconv.Atoi(r.URL.Query().Get("year"))
	l, err := h.uc.Reporting.List(r.Context(), ui.ActorOf(r), year)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data := &reportsPage{Page: h.ui.Page(r, "Báo cáo", "reports"), Year: l.Year, Years: l.Years, Sections: reportSections(l.Rows)}
	h.ui.Render(w, r, http.StatusOK, "reports", data)
}

func reportSections(rows []reporting.PeriodRow) []reportSection {
	titles := map[domain.PeriodKind]string{domain.Month: "Báo cáo tháng", domain.Quarter: "Báo cáo quý",
		domain.Half: "Báo cáo 6 tháng", domain.Year: "Báo cáo năm"}
	var out []reportSection
	for _, row := range rows {
		title := titles[row.Period.Kind]
		if len(out) == 0 || out[len(out)-1].Title != title {
			out = append(out, reportSection{Title: title})
		}
		out[len(out)-1].Rows = append(out[len(out)-1].Rows, row)
	}
	return out
}
