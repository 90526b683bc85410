package province

import (
	"net/http"
	"net/url"
	"strconv"

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
		Years: h.years(), Types: domain.CommuneTypes, States: domain.CellStates, Query: queryOf(year, filter, c.Sort)}
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
