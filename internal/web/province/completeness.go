package province

import (
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/web/ui"
)

// completenessPage is the grid of who reported each period of a year.
type completenessPage struct {
	ui.Page
	filings.Completeness
	Years  []int
	Types  []domain.CommuneType
	States []domain.CellState
	Query  string // the filters as a query string, for the workbook's link
	Grid   []gridRow
}

// gridRow is a commune's row of the grid with its cells written out once
// here: a province of 129 communes has 1,548 cells a year, and writing each
// cell's four fields through the template's escaper took most of the page's
// time. Every text is escaped as it is written.
type gridRow struct {
	Name, Type string
	Cells      template.HTML
}

// gridOf is the grid of the page's rows.
func gridOf(rows []filings.Row) []gridRow {
	out := make([]gridRow, len(rows))
	var b strings.Builder
	for i, r := range rows {
		b.Reset()
		for _, c := range r.Cells {
			writeCell(&b, c)
		}
		out[i] = gridRow{Name: r.Commune.Name, Type: r.Commune.Type.Label(), Cells: template.HTML(b.String())}
	}
	return out
}

// writeCell writes a cell of the grid: its state as a class, its words and
// due day as a title, and a link to the report when one was submitted.
func writeCell(b *strings.Builder, c domain.Cell) {
	title := c.Label()
	if !c.Due.IsZero() {
		title += " · hạn " + c.Due.Format("02/01/2006")
	}
	fmt.Fprintf(b, `<td class="cell cell-%s" title="%s">`, html.EscapeString(string(c.State)), html.EscapeString(title))
	if c.FilingID != 0 {
		fmt.Fprintf(b, `<a href="/province/filings/%d">%s</a></td>`, c.FilingID, html.EscapeString(c.Short()))
		return
	}
	b.WriteString(html.EscapeString(c.Short()) + "</td>")
}

// PeriodName names a period in a column head: "T3", "Quý I".
func (completenessPage) PeriodName(p domain.Period) string { return filings.ShortName(p) }

// Completeness shows the province's completeness page (?year=, type=,
// status=, sort=).
func (h *Handlers) Completeness(w http.ResponseWriter, r *http.Request) {
	year, filter, sort, ok := h.completenessQuery(w, r)
	if !ok {
		return
	}
	c, err := h.uc.Filings.CompletenessOf(r.Context(), ui.ActorOf(r), year, filter, sort)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data := &completenessPage{Page: h.ui.Page(r, "Tình hình nộp báo cáo", "completeness"), Completeness: c,
		Years: h.years(), Types: domain.CommuneTypes, States: domain.CellStates, Query: queryOf(year, filter, c.Sort), Grid: gridOf(c.Rows)}
	h.ui.Render(w, r, http.StatusOK, "province_completeness", data)
}

// ExportCompleteness sends the completeness page, as filtered, as a workbook.
func (h *Handlers) ExportCompleteness(w http.ResponseWriter, r *http.Request) {
	year, filter, sort, ok := h.completenessQuery(w, r)
	if !ok {
		return
	}
	doc, err := h.uc.Filings.ExportCompleteness(r.Context(), ui.ActorOf(r), year, filter, sort)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.SendWorkbook(w, doc.Filename, doc.Body)
}

// completenessQuery reads the page's filters; an unknown one is a bad
// request, answered here.
func (h *Handlers) completenessQuery(w http.ResponseWriter, r *http.Request) (int, filings.Filter, string, bool) {
	q := r.URL.Query()
	year := domain.Today(h.now()).Year()
	if s := q.Get("year"); s != "" {
		y, err := strconv.Atoi(s)
		if err != nil {
			h.ui.BadRequest(w, r, "Năm “"+s+"” không đúng: viết bốn chữ số, ví dụ 2026.")
			return 0, filings.Filter{}, "", false
		}
		year = y
	}
	var f filings.Filter
	if s := q.Get("type"); s != "" {
		t, err := domain.ParseCommuneType(s)
		if err != nil {
			h.ui.BadRequest(w, r, err.Error())
			return 0, f, "", false
		}
		f.Type = t
	}
	st, err := domain.ParseCellState(q.Get("status"))
	if err != nil {
		h.ui.BadRequest(w, r, err.Error())
		return 0, f, "", false
	}
	f.Status = st
	return year, f, q.Get("sort"), true
}

// years are the years the page offers: from 2025 to next year.
func (h *Handlers) years() []int {
	var out []int
	for y := domain.Today(h.now()).Year() + 1; y >= 2025; y-- {
		out = append(out, y)
	}
	return out
}

func queryOf(year int, f filings.Filter, sort string) string {
	v := url.Values{"year": {strconv.Itoa(year)}, "sort": {sort}}
	if f.Type != "" {
		v.Set("type", string(f.Type))
	}
	if f.Status != "" {
		v.Set("status", string(f.Status))
	}
	return v.Encode()
}
