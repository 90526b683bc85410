package web

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/storage"
)

// issueReport issues the period's report: number and date set, the DOCX and
// PDF rendered and kept, the period's data locked, all in one transaction, so
// that the documents kept are exactly those of the data that were locked.
func (s *Server) issueReport(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	issue := issueForm{Number: formValue(r, "number"), Date: formValue(r, "date"), Errors: fieldErrors{}}
	keep := func(data *reportPage) { data.Issue = issue }
	checkReportNumber(issue.Errors, "issue-number", issue.Number, true)
	date := checkReportDate(issue.Errors, "issue-date", issue.Date, p, true)
	if issue.Errors.any() {
		s.composeAgain(w, r, http.StatusUnprocessableEntity, p, keep)
		return
	}
	var issued domain.IssuedReport
	var settings domain.ReportSettings
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		var err error
		issued, settings, err = s.issueInTx(tx, r, p, issue.Number, date)
		return err
	})
	if err != nil {
		s.refuseReport(w, r, p, keep, issue.Errors, err)
		return
	}
	redirectWithFlash(w, r, reportPath(p), "Đã ban hành báo cáo số "+reportNumber(settings, issued.Number)+
		" ngày "+issued.DocDate.Format("02/01/2006")+"; số liệu "+p.Words()+" đã khóa.")
}

// issueInTx does the issue's work on tx: save number and date, build and
// render the report from the data as they are in tx, keep the documents, lock
// the period and record it. It returns the issue and the settings it was
// drawn up with.
func (s *Server) issueInTx(tx *storage.Store, r *http.Request, p domain.Period, number string, date time.Time) (domain.IssuedReport, domain.ReportSettings, error) {
	v, ctx := mustViewer(r), r.Context()
	if err := tx.RequireOpen(ctx, v.Org.ID, p); err != nil {
		return domain.IssuedReport{}, domain.ReportSettings{}, err
	}
	own, had, err := tx.OwnReportSettings(ctx, v.Org.ID, reportKind, p)
	if err != nil {
		return domain.IssuedReport{}, domain.ReportSettings{}, err
	}
	next := own
	next.Number, next.Date = number, date
	if err := tx.SaveReportSettings(ctx, next); err != nil {
		return domain.IssuedReport{}, domain.ReportSettings{}, err
	}
	in, err := s.reportInput(r, tx, p)
	if err != nil {
		return domain.IssuedReport{}, domain.ReportSettings{}, err
	}
	m := report.Build(in)
	ir := domain.IssuedReport{OrgID: v.Org.ID, Kind: reportKind, Period: p, Number: number, DocDate: date,
		IssuedAt: s.now(), IssuedBy: v.User.Login}
	if ir.DOCX, err = s.renderReport(m, assemble.DOCX); err != nil {
		return ir, in.Settings, err
	}
	if ir.PDF, err = s.renderReport(m, assemble.PDF); err != nil {
		return ir, in.Settings, err
	}
	if err := tx.SaveIssuedReport(ctx, &ir); err != nil {
		return ir, in.Settings, err
	}
	if err := tx.LockPeriod(ctx, domain.PeriodLock{OrgID: v.Org.ID, Period: p, LockedAt: ir.IssuedAt, LockedBy: v.User.Login}); err != nil {
		return ir, in.Settings, err
	}
	return ir, in.Settings, s.audit(tx, r, "report.issue", "báo cáo "+p.String(), reportSettingsAudit(own, had), reportIssueRecord(ir, in.Settings), "")
}

// reportIssueRecord is how an issue appears in the audit log: the number and date,
// and the fingerprints of the documents kept, so that a copy can be checked
// against the log.
func reportIssueRecord(ir domain.IssuedReport, rs domain.ReportSettings) any {
	return struct {
		IssuedID   int64  `json:"issued_id"`
		Number     string `json:"number"`
		Date       string `json:"date"`
		Locked     bool   `json:"locked"`
		DOCXSHA256 string `json:"docx_sha256"`
		PDFSHA256  string `json:"pdf_sha256"`
	}{ir.ID, reportNumber(rs, ir.Number), ir.DocDate.Format("02/01/2006"), true, reportSHA256(ir.DOCX), reportSHA256(ir.PDF)}
}

func reportSHA256(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
