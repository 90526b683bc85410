package reporting

import (
	"bytes"
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Document is a rendered report, ready to send or save.
type Document struct {
	Format   assemble.Format
	Filename string // "bao-cao-nq57-xuan-hung-2026-03.docx"
	Body     []byte
}

// Draft builds the report of the actor's organisation for period p from the
// data and settings as they stand. It is the one builder of the report: the
// web preview and downloads, the command line's `report` and `demo
// --report-dir`, and the issue all draw the document from it.
func (s *Service) Draft(ctx context.Context, a usecase.Actor, p domain.Period) (report.Model, error) {
	if err := a.Require(domain.ActView); err != nil {
		return report.Model{}, err
	}
	return s.build(ctx, s.env.Store, a.Org, p)
}

// build gathers the report of org for p from st (the store, or the
// transaction of an issue), drawn up now.
func (s *Service) build(ctx context.Context, st *storage.Store, org domain.Org, p domain.Period) (report.Model, error) {
	m, _, err := s.buildInput(ctx, st, org, p)
	return m, err
}

// buildInput is build that also returns what the model was built from.
func (s *Service) buildInput(ctx context.Context, st *storage.Store, org domain.Org, p domain.Period) (report.Model, report.Input, error) {
	in, err := assemble.Input(ctx, st, org, p, s.env.Now())
	if err != nil {
		return report.Model{}, report.Input{}, err
	}
	return report.Build(in), in, nil
}

// DraftDocument renders the report of period p as it stands in format f.
func (s *Service) DraftDocument(ctx context.Context, a usecase.Actor, p domain.Period, f assemble.Format) (Document, error) {
	m, err := s.Draft(ctx, a, p)
	if err != nil {
		return Document{}, err
	}
	body, err := s.Render(m, f)
	if err != nil {
		return Document{}, err
	}
	return Document{Format: f, Filename: Filename(a.Org, p, "", f), Body: body}, nil
}

// IssuedDocument returns a document of an issue exactly as it was kept. The
// issue must be the actor's organisation's and of period p.
func (s *Service) IssuedDocument(ctx context.Context, a usecase.Actor, p domain.Period, id int64, f assemble.Format) (Document, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Document{}, err
	}
	ir, err := s.env.Store.IssuedReport(ctx, a.Org.ID, id)
	if err != nil {
		return Document{}, err
	}
	if ir.Period != p {
		return Document{}, domain.Errorf(domain.NotFound, "Báo cáo %s không có văn bản ban hành này.", p.Words())
	}
	body := ir.DOCX
	if f == assemble.PDF {
		body = ir.PDF
	}
	return Document{Format: f, Filename: Filename(a.Org, p, "-so-"+ir.Number, f), Body: body}, nil
}

// Render writes the model in one format, in memory.
func (s *Service) Render(m report.Model, f assemble.Format) ([]byte, error) {
	var buf bytes.Buffer
	if err := s.renderer.Render(&buf, f, m); err != nil {
		return nil, fmt.Errorf("render report as %s: %w", f, err)
	}
	return buf.Bytes(), nil
}

// Filename names a report file after the organisation and period:
// "bao-cao-nq57-xuan-hung-2026-03.docx", with suffix before the extension.
func Filename(org domain.Org, p domain.Period, suffix string, f assemble.Format) string {
	return fmt.Sprintf("bao-cao-nq57-%s-%s%s.%s", org.Code, p.String(), suffix, f)
}

// NumberText writes a number as the document does: "12-BC/ĐU" for a Party
// document, "12/BC-UBND" for a state one.
func NumberText(rs domain.ReportSettings, number string) string {
	if rs.Style == domain.StateDocument {
		return number + "/" + rs.Symbol
	}
	return number + "-" + rs.Symbol
}
