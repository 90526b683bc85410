package web

import (
	"bytes"
	"fmt"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/storage"
)

// reportKind is the one kind of report the web app composes.
const reportKind = domain.ReportKindNQ57Monthly

// reportPathPeriod reads the period of a /reports/{period}/… URL. A malformed one
// gets a 404 that says what a period looks like, and ok false.
func (s *Server) reportPathPeriod(w http.ResponseWriter, r *http.Request) (domain.Period, bool) {
	p, err := domain.ParsePeriod(r.PathValue("period"))
	if err != nil {
		s.renderError(w, r, http.StatusNotFound, "Không có kỳ báo cáo này. "+err.Error()+".")
		return domain.Period{}, false
	}
	return p, true
}

// reportPath is the compose page of a period.
func reportPath(p domain.Period) string { return "/reports/" + p.String() }

// reportFilename names a downloaded report after the organisation and period:
// "bao-cao-nq57-xuan-hung-2026-03.docx".
func reportFilename(org domain.Org, p domain.Period, suffix string, f assemble.Format) string {
	return fmt.Sprintf("bao-cao-nq57-%s-%s%s.%s", org.Code, p.String(), suffix, f)
}

// reportNumber writes the number as the document does: "12-BC/ĐU" for a
// Party document, "12/BC-UBND" for a state one.
func reportNumber(rs domain.ReportSettings, number string) string {
	if rs.Style == domain.StateDocument {
		return number + "/" + rs.Symbol
	}
	return number + "-" + rs.Symbol
}

// reportInput gathers the report of the viewer's organisation for p from st
// (the store, or a transaction), drawn up now.
func (s *Server) reportInput(r *http.Request, st *storage.Store, p domain.Period) (report.Input, error) {
	return assemble.Input(r.Context(), st, mustViewer(r).Org, p, s.now())
}

// renderReport renders the model in one format, in memory.
func (s *Server) renderReport(m report.Model, f assemble.Format) ([]byte, error) {
	var buf bytes.Buffer
	if err := s.renderer.Render(&buf, f, m); err != nil {
		return nil, fmt.Errorf("render report as %s: %w", f, err)
	}
	return buf.Bytes(), nil
}

// sendReportFile answers with a document to save.
func sendReportFile(w http.ResponseWriter, f assemble.Format, filename string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", f.ContentType())
	h.Set("Content-Disposition", attachment(filename))
	h.Set("Content-Length", fmt.Sprint(len(body)))
	h.Set("Cache-Control", "private, no-store")
	w.Write(body)
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

// reportToday is the calendar day in Vietnam.
func (s *Server) reportToday() time.Time { return domain.Today(s.now()) }
