package commune

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/web/ui"
)

// reportPathPeriod reads the period of a /reports/{period}/… URL. A malformed one
// gets a 404 that says what a period looks like, and ok false.
func (h *Handlers) reportPathPeriod(w http.ResponseWriter, r *http.Request) (domain.Period, bool) {
	p, err := domain.ParsePeriod(r.PathValue("period"))
	if err != nil {
		h.ui.Error(w, r, http.StatusNotFound, "Không có kỳ báo cáo này. "+err.Error()+".")
		return domain.Period{}, false
	}
	return p, true
}

// reportPath is the compose page of a period.
func reportPath(p domain.Period) string { return "/reports/" + p.String() }

// sendReportFile answers with a document to save.
func sendReportFile(w http.ResponseWriter, doc reporting.Document) {
	h := w.Header()
	h.Set("Content-Type", doc.Format.ContentType())
	h.Set("Content-Disposition", ui.Attachment(doc.Filename))
	h.Set("Content-Length", fmt.Sprint(len(doc.Body)))
	h.Set("Cache-Control", "private, no-store")
	w.Write(doc.Body)
}

// reportFormat reads the {format} of a download URL: only DOCX and PDF are
// offered.
func reportFormat(r *http.Request) (assemble.Format, bool) {
	switch f := assemble.Format(r.PathValue("format")); f {
	case assemble.DOCX, assemble.PDF:
		return f, true
	}
	return "", false
}
