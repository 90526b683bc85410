package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// PreviewReport renders the period's report as an HTML page, from the same
// model as the DOCX and PDF downloads, for the compose page's frame.
func (h *Handlers) PreviewReport(w http.ResponseWriter, r *http.Request) {
	p, ok := h.reportPathPeriod(w, r)
	if !ok {
		return
	}
	doc, err := h.uc.Reporting.DraftDocument(r.Context(), ui.ActorOf(r), p, assemble.HTML)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", assemble.HTML.ContentType())
	w.Header().Set("Cache-Control", "no-store")
	w.Write(doc.Body)
}

// DownloadReport renders the period's report as it stands as DOCX or PDF.
func (h *Handlers) DownloadReport(w http.ResponseWriter, r *http.Request) {
	p, ok := h.reportPathPeriod(w, r)
	if !ok {
		return
	}
	f, ok := reportFormat(r)
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	doc, err := h.uc.Reporting.DraftDocument(r.Context(), ui.ActorOf(r), p, f)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	sendReportFile(w, doc)
}

// DownloadIssued sends an issued document exactly as it was kept. The ID must
// be an issue of the viewer's organisation and of the period in the URL.
func (h *Handlers) DownloadIssued(w http.ResponseWriter, r *http.Request) {
	p, ok := h.reportPathPeriod(w, r)
	if !ok {
		return
	}
	f, okFormat := reportFormat(r)
	id, okID := ui.PathID(r, "id")
	if !okFormat || !okID {
		h.ui.NotFound(w, r)
		return
	}
	doc, err := h.uc.Reporting.IssuedDocument(r.Context(), ui.ActorOf(r), p, id, f)
	if domain.IsNotFound(err) {
		h.ui.NotFound(w, r)
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	sendReportFile(w, doc)
}
