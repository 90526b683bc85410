package commune

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/web/ui"
)

// dataQuery reads the period and unit a request selects ("period", "unit"
// in the query or the form): the default period when there is none, all
// units for "all" or none. A unit that is not a number names no unit.
func (h *Handlers) dataQuery(q url.Values) (entry.GridQuery, error) {
	sel := entry.GridQuery{Period: h.defaultPeriod()}
	if text := q.Get("period"); text != "" {
		p, err := domain.ParsePeriod(text)
		if err != nil {
			return sel, err
		}
		sel.Period = p
	}
	text := q.Get("unit")
	if text == "" || text == "all" {
		return sel, nil
	}
	id, err := strconv.ParseInt(text, 10, 64)
	if err != nil || id <= 0 {
		return sel, domain.Errorf(domain.NotFound, "không có cơ quan, đơn vị này")
	}
	sel.UnitID = id
	return sel, nil
}

// gridURL returns the address of a grid.
func gridURL(p domain.Period, unitID int64) string {
	q := url.Values{"period": {p.String()}}
	if unitID != 0 {
		q.Set("unit", strconv.FormatInt(unitID, 10))
	}
	return "/data?" + q.Encode()
}

// DataGrid shows the grid of a period and unit.
func (h *Handlers) DataGrid(w http.ResponseWriter, r *http.Request) {
	q, err := h.dataQuery(r.URL.Query())
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	g, err := h.uc.Entry.Grid(r.Context(), ui.ActorOf(r), q)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "data", h.dataPageOf(r, g, nil))
}
