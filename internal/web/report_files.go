package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
)

// previewReport renders the period's report as an HTML page, from the same
// model as the DOCX and PDF downloads, for the compose page's frame.
func (s *Server) previewReport(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	doc, err := s.uc.reporting.DraftDocument(r.Context(), actorOf(r), p, assemble.HTML)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", assemble.HTML.ContentType())
	w.Header().Set("Cache-Control", "no-store")
	w.Write(doc.Body)
}

// downloadReport renders the period's report as it stands as DOCX or PDF.
func (s *Server) downloadReport(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	f, ok := reportFormat(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	doc, err := s.uc.reporting.DraftDocument(r.Context(), actorOf(r), p, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sendReportFile(w, doc)
}

// downloadIssued sends an issued document exactly as it was kept. The ID must
// be an issue of the viewer's organisation and of the period in the URL.
func (s *Server) downloadIssued(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	f, okFormat := reportFormat(r)
	id, okID := pathID(r, "id")
	if !okFormat || !okID {
		s.notFound(w, r)
		return
	}
	doc, err := s.uc.reporting.IssuedDocument(r.Context(), actorOf(r), p, id, f)
	if domain.IsNotFound(err) {
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sendReportFile(w, doc)
}
