package reporting

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// IssueForm is the issue form as typed: the number (digits only) and the date
// written on the document (dd/mm/yyyy).
type IssueForm struct {
	Number, Date string
}

// Issued is an issue as made: the report kept and the settings it was drawn
// up with.
type Issued struct {
	Report   domain.IssuedReport
	Settings domain.ReportSettings
}

// NumberText is the issue's number as the document writes it: "12-BC/ĐU".
func (i Issued) NumberText() string { return NumberText(i.Settings, i.Report.Number) }

// Issue issues period p's report: the number and date set on the period's
// settings, the DOCX and PDF rendered from the data as they stand and kept,
// the period's data locked and the audit entry written, in one transaction,
// so that the documents kept are exactly those of the data that were locked.
// A number another report holds in the same series (the body, type and
// Party term, or the year of a state document) is refused, naming that
// report and the next free number.
func (s *Service) Issue(ctx context.Context, a usecase.Actor, p domain.Period, f IssueForm) (Issued, error) {
	if err := a.Require(domain.ActIssueReport); err != nil {
		return Issued{}, err
	}
	var pr domain.Problems
	checkNumber(&pr, "issue-number", f.Number, true)
	date := checkDate(&pr, "issue-date", f.Date, p, true)
	if err := pr.Err(formErrors); err != nil {
		return Issued{}, err
	}
	var out Issued
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		out, err = s.issueInTx(ctx, tx, a, p, f.Number, date)
		return err
	})
	return out, err
}

// issueInTx does the issue's work on tx.
func (s *Service) issueInTx(ctx context.Context, tx *storage.Store, a usecase.Actor, p domain.Period, number string, date time.Time) (Issued, error) {
	// Numbering first: it makes this the one issue of the organisation in
	// flight (and waits for the writes that found the period open), so that
	// the period is found open, or locked by an issue just made, after that.
	if err := tx.LockNumbering(ctx, a.Org.ID); err != nil {
		return Issued{}, err
	}
	if err := tx.RequireOpen(ctx, a.Org.ID, p); err != nil {
		return Issued{}, err
	}
	own, had, err := tx.OwnReportSettings(ctx, a.Org.ID, Kind, p)
	if err != nil {
		return Issued{}, err
	}
	rs, err := tx.ReportSettings(ctx, a.Org.ID, Kind, p)
	if err != nil {
		return Issued{}, err
	}
	if err := checkNumberFree(ctx, tx, a.Org.ID, rs, p, number, date); err != nil {
		return Issued{}, err
	}
	now := s.env.Now()
	next := own
	next.Number, next.Date, next.ChangedBy, next.ChangedAt = number, date, a.Name(), now
	if err := saveVersioned(ctx, tx, next, own.Version, "nội dung báo cáo "+p.Words(), rs); err != nil {
		return Issued{}, err
	}
	ir, err := s.keep(ctx, tx, a, p, now)
	if err != nil {
		return Issued{}, err
	}
	rs = ir.settings
	if err := tx.LockPeriod(ctx, domain.PeriodLock{OrgID: a.Org.ID, Period: p, LockedAt: now, LockedBy: a.Login()}); err != nil {
		return Issued{}, err
	}
	// Submitted to the province with the issue, when it asked for the period.
	if err := filings.Submit(ctx, tx, a, now, filings.Issue{Report: ir.IssuedReport, NumberText: NumberText(rs, ir.Number),
		Input: ir.input, Model: ir.model}); err != nil {
		return Issued{}, err
	}
	err = usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "report.issue", Entity: "báo cáo " + p.String(),
		Before: periodRecordOf(own, had), After: issueRecordOf(ir.IssuedReport, rs)})
	return Issued{Report: ir.IssuedReport, Settings: rs}, err
}

// kept is an issued report with the settings it was drawn up with, and the
// input and model its documents were rendered from.
type kept struct {
	domain.IssuedReport
	settings domain.ReportSettings
	input    report.Input
	model    report.Model
}

// keep builds the report from the data and settings as they are in tx,
// renders both documents and stores them as the period's current issue.
func (s *Service) keep(ctx context.Context, tx *storage.Store, a usecase.Actor, p domain.Period, now time.Time) (kept, error) {
	m, in, err := s.buildInput(ctx, tx, a.Org, p)
	if err != nil {
		return kept{}, err
	}
	rs := in.Settings
	ir := domain.IssuedReport{OrgID: a.Org.ID, Kind: Kind, Period: p, Number: rs.Number, DocDate: rs.Date,
		IssuedAt: now, IssuedBy: a.Login(), Style: rs.Style, Symbol: rs.Symbol, TermStart: rs.TermStart}
	if ir.DOCX, err = s.Render(m, assemble.DOCX); err != nil {
		return kept{}, err
	}
	if ir.PDF, err = s.Render(m, assemble.PDF); err != nil {
		return kept{}, err
	}
	if err := tx.SaveIssuedReport(ctx, &ir); err != nil {
		return kept{}, err
	}
	return kept{IssuedReport: ir, settings: rs, input: in, model: m}, nil
}

// checkNumberFree refuses, as a problem of the issue's number field, a
// number that another issued report holds in the series the document would
// be numbered in.
func checkNumberFree(ctx context.Context, tx *storage.Store, orgID int64, rs domain.ReportSettings, p domain.Period, number string, date time.Time) error {
	issued, err := tx.NumberedReports(ctx, orgID)
	if err != nil {
		return err
	}
	series := rs.Series(date)
	holder, used := domain.NumberHolder(issued, series, Kind, p, number)
	if !used {
		return nil
	}
	msg := fmt.Sprintf("Số %s đã dùng cho báo cáo %s (số %s ngày %s) trong sổ %s. Số tiếp theo chưa dùng: %s.",
		number, holder.Period.Words(), NumberText(rs, holder.Number), dateText(holder.DocDate), series.Words(),
		domain.NextDocumentNumber(issued, series))
	return domain.InvalidInput("Số văn bản đã dùng, chưa ban hành.", []domain.Problem{{Field: "issue-number", Message: msg}})
}
