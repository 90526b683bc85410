package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// SaveIssuedReport stores an issued report (with its documents) and sets its
// ID. Any earlier issue of the same period that is still current is marked
// superseded at r.IssuedAt.
func (s *Store) SaveIssuedReport(ctx context.Context, r *domain.IssuedReport) error {
	if r.Number == "" || r.DocDate.IsZero() || len(r.DOCX) == 0 || len(r.PDF) == 0 {
		return domain.Errorf(domain.Invalid, "báo cáo ban hành cần có số, ngày và tệp DOCX, PDF")
	}
	return s.WithTx(ctx, func(tx *Store) error {
		if _, err := tx.q.ExecContext(ctx, `UPDATE issued_reports SET superseded_at = $1
			WHERE org_id = $2 AND kind = $3 AND period = $4 AND superseded_at IS NULL`,
			tx.timeArg(r.IssuedAt), r.OrgID, r.Kind, r.Period.String()); err != nil {
			return fmt.Errorf("supersede earlier issues of %s: %w", r.Period, err)
		}
		err := tx.q.QueryRowContext(ctx, `
			INSERT INTO issued_reports (org_id, kind, period, number, doc_date, issued_at, issued_by, docx, pdf)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			r.OrgID, r.Kind, r.Period.String(), r.Number, tx.dateArg(r.DocDate), tx.timeArg(r.IssuedAt), r.IssuedBy, r.DOCX, r.PDF,
		).Scan(&r.ID)
		return wrap(err, "save issued report %s", r.Period)
	})
}

// IssuedReports lists an organisation's issued reports of a kind, newest
// first, without their documents.
func (s *Store) IssuedReports(ctx context.Context, orgID int64, kind string) ([]domain.IssuedReport, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT id, org_id, kind, period, number, doc_date, issued_at, issued_by, superseded_at
		FROM issued_reports WHERE org_id = $1 AND kind = $2 ORDER BY issued_at DESC, id DESC`, orgID, kind)
	if err != nil {
		return nil, fmt.Errorf("list issued reports of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.IssuedReport
	for rows.Next() {
		var r domain.IssuedReport
		var period string
		if err := rows.Scan(&r.ID, &r.OrgID, &r.Kind, &period, &r.Number, dateCol{&r.DocDate}, timeCol{&r.IssuedAt}, &r.IssuedBy, timeCol{&r.SupersededAt}); err != nil {
			return nil, fmt.Errorf("list issued reports of org %d: %w", orgID, err)
		}
		if r.Period, err = domain.ParsePeriod(period); err != nil {
			return nil, fmt.Errorf("issued report %d: %w", r.ID, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// IssuedReport returns one issued report of the organisation with its
// documents; NotFound if the ID is not one of the organisation's.
func (s *Store) IssuedReport(ctx context.Context, orgID, id int64) (domain.IssuedReport, error) {
	var r domain.IssuedReport
	var period string
	err := s.q.QueryRowContext(ctx, `
		SELECT id, org_id, kind, period, number, doc_date, issued_at, issued_by, superseded_at, docx, pdf
		FROM issued_reports WHERE org_id = $1 AND id = $2`, orgID, id,
	).Scan(&r.ID, &r.OrgID, &r.Kind, &period, &r.Number, dateCol{&r.DocDate}, timeCol{&r.IssuedAt}, &r.IssuedBy, timeCol{&r.SupersededAt}, &r.DOCX, &r.PDF)
	if err != nil {
		return r, wrap(notFound(err, "không có báo cáo đã ban hành số %d", id), "load issued report %d", id)
	}
	r.Period, err = domain.ParsePeriod(period)
	return r, wrap(err, "issued report %d", id)
}
