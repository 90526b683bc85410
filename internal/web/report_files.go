package web

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
)

// previewReport renders the period's report as an HTML page, from the same
// model as the DOCX and PDF downloads, for the compose page's frame.
func (s *Server) previewReport(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	m, ok := s.draftModel(w, r, p)
	if !ok {
		return
	}
	body, err := s.renderReport(m, assemble.HTML)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", assemble.HTML.ContentType())
	w.Header().Set("Cache-Control", "no-store")
	w.Write(body)
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
	m, ok := s.draftModel(w, r, p)
	if !ok {
		return
	}
	body, err := s.renderReport(m, f)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	sendReportFile(w, f, reportFilename(mustViewer(r).Org, p, "", f), body)
}

// downloadIssued sends an issued document exactly as it was kept. The ID must
// be an issue of the viewer's organisation and of the period in the URL.
func (s *Server) downloadIssued(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
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
	ir, err := s.store.IssuedReport(r.Context(), v.Org.ID, id)
	if err != nil || ir.Period != p {
		s.notFound(w, r)
		return
	}
	body := ir.DOCX
	if f == assemble.PDF {
		body = ir.PDF
	}
	sendReportFile(w, f, reportFilename(v.Org, p, fmt.Sprintf("-so-%s", ir.Number), f), body)
}

// draftModel builds the model of period p from the data and settings as they
// stand, or answers with the error and returns false.
func (s *Server) draftModel(w http.ResponseWriter, r *http.Request, p domain.Period) (report.Model, bool) {
	in, err := s.reportInput(r, s.store, p)
	if err != nil {
		s.fail(w, r, err)
		return report.Model{}, false
	}
	return report.Build(in), true
}
