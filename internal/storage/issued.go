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
			INSERT INTO issued_reports (org_id, kind, period, number, doc_date, issued_at, issued_by, docx, pdf,
				style, symbol, term_start)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
			r.OrgID, r.Kind, r.Period.String(), r.Number, tx.dateArg(r.DocDate), tx.timeArg(r.IssuedAt), r.IssuedBy, r.DOCX, r.PDF,
			string(r.Style), r.Symbol, r.TermStart,
		).Scan(&r.ID)
		return wrap(err, "save issued report %s", r.Period)
	})
}

// issuedColumns are the columns of an issued report but its documents.
const issuedColumns = `id, org_id, kind, period, number, doc_date, issued_at, issued_by, superseded_at, style, symbol, term_start`

// IssuedReports lists an organisation's issued reports of a kind, newest
// first, without their documents.
func (s *Store) IssuedReports(ctx context.Context, orgID int64, kind string) ([]domain.IssuedReport, error) {
	return s.issuedReports(ctx, `SELECT `+issuedColumns+` FROM issued_reports
		WHERE org_id = $1 AND kind = $2 ORDER BY issued_at DESC, id DESC`, orgID, kind)
}

// NumberedReports lists every report the organisation has issued, of every
// kind, newest first, without their documents: the numbers used so far.
func (s *Store) NumberedReports(ctx context.Context, orgID int64) ([]domain.IssuedReport, error) {
	return s.issuedReports(ctx, `SELECT `+issuedColumns+` FROM issued_reports
		WHERE org_id = $1 ORDER BY issued_at DESC, id DESC`, orgID)
}

// LockNumbering makes the transaction the only one numbering the
// organisation's documents until it ends, so that two issues cannot both
// take a number each saw free. On SQLite every write transaction holds the
// database's write lock from its start (BEGIN IMMEDIATE) and this does
// nothing; on PostgreSQL it locks the organisation's row.
func (s *Store) LockNumbering(ctx context.Context, orgID int64) error {
	if s.engine != enginePostgres {
		return nil
	}
	var id int64
	err := s.q.QueryRowContext(ctx, `SELECT id FROM orgs WHERE id = $1 FOR UPDATE`, orgID).Scan(&id)
	return wrap(notFound(err, "không có đơn vị (tổ chức) số %d", orgID), "lock numbering of org %d", orgID)
}

func (s *Store) issuedReports(ctx context.Context, query string, args ...any) ([]domain.IssuedReport, error) {
	orgID := args[0]
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list issued reports of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.IssuedReport
	for rows.Next() {
		var r domain.IssuedReport
		var period, style string
		if err := rows.Scan(&r.ID, &r.OrgID, &r.Kind, &period, &r.Number, dateCol{&r.DocDate}, timeCol{&r.IssuedAt},
			&r.IssuedBy, timeCol{&r.SupersededAt}, &style, &r.Symbol, &r.TermStart); err != nil {
			return nil, fmt.Errorf("list issued reports of org %d: %w", orgID, err)
		}
		r.Style = domain.DocumentStyle(style)
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
	var period, style string
	err := s.q.QueryRowContext(ctx, `SELECT `+issuedColumns+`, docx, pdf
		FROM issued_reports WHERE org_id = $1 AND id = $2`, orgID, id,
	).Scan(&r.ID, &r.OrgID, &r.Kind, &period, &r.Number, dateCol{&r.DocDate}, timeCol{&r.IssuedAt}, &r.IssuedBy,
		timeCol{&r.SupersededAt}, &style, &r.Symbol, &r.TermStart, &r.DOCX, &r.PDF)
	if err != nil {
		return r, wrap(notFound(err, "không có báo cáo đã ban hành số %d", id), "load issued report %d", id)
	}
	r.Style = domain.DocumentStyle(style)
	r.Period, err = domain.ParsePeriod(period)
	return r, wrap(err, "issued report %d", id)
}
