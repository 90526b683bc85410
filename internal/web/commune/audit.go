package commune

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/auditlog"
	"github.com/nq57/nq57/internal/web/ui"
)

// auditPage is one page of the organisation's audit log, filtered, newest
// first, with the filter form and the links that keep the filter.
type auditPage struct {
	ui.Page
	auditlog.LogPage
	Rows      []auditRow
	Errors    ui.Errors
	Query     auditlog.Query // as typed, to show again
	PrevURL   string
	NextURL   string
	ExportURL string
	Filtered  bool
}

// auditShown is how many changes of an entry show at once; the rest wait
// behind "Xem thêm".
const auditShown = 6

// auditRow is an entry with its changes cut in what shows and the rest.
type auditRow struct {
	auditlog.Entry
	Shown, Rest []auditlog.Change
}

// auditQuery reads the log's filter from the URL: ?user=&kind=&from=&to=&page=.
func auditQuery(r *http.Request) auditlog.Query {
	q := r.URL.Query()
	return auditlog.Query{Person: q.Get("user"), Kind: q.Get("kind"), From: q.Get("from"), To: q.Get("to"), Page: q.Get("page")}
}

// AuditLog shows a page of the administrator's organisation's log. A filter
// that cannot be read is shown again with what is wrong (400).
func (h *Handlers) AuditLog(w http.ResponseWriter, r *http.Request) {
	q := auditQuery(r)
	res, err := h.uc.Auditlog.Log(r.Context(), ui.ActorOf(r), q)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data := &auditPage{Page: h.ui.Page(r, "Nhật ký thay đổi", "audit"), LogPage: res, Errors: ui.Errors{}, Query: q,
		Filtered: !res.Filter.Empty()}
	for _, e := range res.Entries {
		row := auditRow{Entry: e, Shown: e.Changes}
		if len(e.Changes) > auditShown {
			row.Shown, row.Rest = e.Changes[:auditShown], e.Changes[auditShown:]
		}
		data.Rows = append(data.Rows, row)
	}
	status := http.StatusOK
	for _, p := range res.Problems {
		data.Errors.Add(p.Field, p.Message)
		status = http.StatusBadRequest
	}
	if status == http.StatusOK {
		values := res.Filter.Values()
		data.ExportURL = auditURL("/audit/export.xlsx", values)
		data.PrevURL, data.NextURL = ui.Paginate(res.Filter.Page, res.Pages, func(page int) string {
			return auditURL("/audit", auditPageValues(values, page))
		})
	}
	h.ui.Render(w, r, status, "audit", data)
}

// ExportAudit sends the filtered log as a workbook.
func (h *Handlers) ExportAudit(w http.ResponseWriter, r *http.Request) {
	wb, err := h.uc.Auditlog.Export(r.Context(), ui.ActorOf(r), auditQuery(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.SendWorkbook(w, wb.Name, wb.Data)
}

// auditPageValues returns values with the page set (page 1 is the default, left out).
func auditPageValues(values url.Values, page int) url.Values {
	out := url.Values{}
	for k, v := range values {
		out[k] = v
	}
	if page > 1 {
		out.Set("page", strconv.Itoa(page))
	}
	return out
}

// auditURL appends the encoded values to path, if any.
func auditURL(path string, values url.Values) string {
	if len(values) == 0 {
		return path
	}
	return path + "?" + values.Encode()
}
