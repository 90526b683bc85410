package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

// auditPageSize is how many entries one page of the log shows.
const auditPageSize = 50

// auditPage is one page of the organisation's audit log, newest first.
type auditPage struct {
	Page
	Entries  []auditRow
	PageNo   int
	HasPrev  bool
	HasNext  bool
	PrevPage int
	NextPage int
}

// auditRow is an entry as the log shows it: the action named in Vietnamese,
// the JSON before and after indented for reading.
type auditRow struct {
	domain.AuditEntry
	Label         string
	Before, After string
}

// auditLog shows the administrator's organisation's log, a page at a time
// (?page=2). One more entry than a page is read, to know whether there is a
// next page without counting.
func (s *Server) auditLog(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	page := 1
	if text := r.URL.Query().Get("page"); text != "" {
		n, err := strconv.Atoi(text)
		if err != nil || n < 1 {
			s.badRequest(w, r, "Số trang “"+text+"” không hợp lệ: dùng một số nguyên từ 1 trở lên.")
			return
		}
		page = n
	}
	entries, err := s.store.AuditLog(r.Context(), v.Org.ID, auditPageSize+1, (page-1)*auditPageSize)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := &auditPage{Page: s.page(r, "Nhật ký thay đổi", "audit"), PageNo: page,
		HasPrev: page > 1, PrevPage: page - 1, NextPage: page + 1}
	if len(entries) > auditPageSize {
		data.HasNext, entries = true, entries[:auditPageSize]
	}
	for _, e := range entries {
		data.Entries = append(data.Entries, auditRow{AuditEntry: e, Label: auditLabel(e.Action),
			Before: auditPrettyJSON(e.Before), After: auditPrettyJSON(e.After)})
	}
	s.render(w, r, http.StatusOK, "audit", data)
}

// auditPrettyJSON indents a JSON value for reading; text that is not JSON is
// shown as it is.
func auditPrettyJSON(text string) string {
	var buf bytes.Buffer
	if err := json.Indent(&buf, []byte(text), "", "  "); err != nil {
		return text
	}
	return buf.String()
}
