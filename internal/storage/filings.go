package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

const filingColumns = `id, commune_id, province_id, kind, period, request_id, due, status, first_submitted_at,
	last_submitted_at, versions, reviewed_by, reviewed_at, return_reason, version, changed_by, changed_at`

// AddFiling stores a commune's first submission of a period: the filing
// (its ID and Version set here) and its version 1.
func (s *Store) AddFiling(ctx context.Context, f *domain.Filing, v domain.FilingVersion) error {
	return s.WithTx(ctx, func(tx *Store) error {
		err := tx.q.QueryRowContext(ctx, `
			INSERT INTO filings (commune_id, province_id, kind, period, request_id, due, status, first_submitted_at,
				last_submitted_at, versions, version, changed_by, changed_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 1, 1, $9, $8) RETURNING id`,
			f.CommuneID, f.ProvinceID, f.Kind, f.Period.String(), f.RequestID, tx.dateArg(f.Due), string(f.Status),
			tx.timeArg(f.FirstSubmittedAt), f.ChangedBy,
		).Scan(&f.ID)
		if err != nil {
			return fmt.Errorf("add filing of org %d for %s: %w", f.CommuneID, f.Period, err)
		}
		f.Version, f.Versions, f.LastSubmittedAt, f.ChangedAt = 1, 1, f.FirstSubmittedAt, f.FirstSubmittedAt
		v.FilingID, v.N = f.ID, 1
		return tx.addFilingVersion(ctx, v)
	})
}

// ResubmitFiling stores version f.Versions+1 of a filing made at the
// filing's Version: the filing is submitted again at v.SubmittedAt, its
// review cleared. A filing that moved on since is Stale.
func (s *Store) ResubmitFiling(ctx context.Context, f *domain.Filing, v domain.FilingVersion) error {
	return s.WithTx(ctx, func(tx *Store) error {
		res, err := tx.q.ExecContext(ctx, `
			UPDATE filings SET status = $1, last_submitted_at = $2, versions = versions + 1, version = version + 1,
				changed_by = $3, changed_at = $2
			WHERE id = $4 AND version = $5`,
			string(domain.FilingSubmitted), tx.timeArg(v.SubmittedAt), v.SubmittedBy, f.ID, f.Version)
		if err := tx.staleFiling(ctx, f.ID, res, err); err != nil {
			return err
		}
		f.Status, f.LastSubmittedAt, f.Versions, f.Version = domain.FilingSubmitted, v.SubmittedAt, f.Versions+1, f.Version+1
		f.ChangedBy, f.ChangedAt = v.SubmittedBy, v.SubmittedAt
		v.FilingID, v.N = f.ID, f.Versions
		return tx.addFilingVersion(ctx, v)
	})
}

// ReviewFiling records a review of the filing as f now holds it (Status,
// ReviewedBy, ReviewedAt, ReturnReason), made against version f.Version;
// the stored version moves on. A filing changed since is Stale, naming who
// changed it and when.
func (s *Store) ReviewFiling(ctx context.Context, f *domain.Filing) error {
	res, err := s.q.ExecContext(ctx, `
		UPDATE filings SET status = $1, reviewed_by = $2, reviewed_at = $3, return_reason = $4,
			version = version + 1, changed_by = $2, changed_at = $3
		WHERE id = $5 AND version = $6`,
		string(f.Status), f.ReviewedBy, s.timeArg(f.ReviewedAt), f.ReturnReason, f.ID, f.Version)
	if err := s.staleFiling(ctx, f.ID, res, err); err != nil {
		return err
	}
	f.Version++
	f.ChangedBy, f.ChangedAt = f.ReviewedBy, f.ReviewedAt
	return nil
}

// staleFiling turns an update that changed no row into Stale (the filing
// as it stands now) or NotFound.
func (s *Store) staleFiling(ctx context.Context, id int64, res interface{ RowsAffected() (int64, error) }, err error) error {
	if err != nil {
		return fmt.Errorf("update filing %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return err
	}
	cur, err := s.Filing(ctx, id)
	if err != nil {
		return err
	}
	return domain.StaleRecord("báo cáo "+cur.Period.Words(), cur.Revision())
}

func (s *Store) addFilingVersion(ctx context.Context, v domain.FilingVersion) error {
	snap, err := json.Marshal(v.Snapshot)
	if err != nil {
		return fmt.Errorf("snapshot of filing %d: %w", v.FilingID, err)
	}
	_, err = s.q.ExecContext(ctx, `
		INSERT INTO filing_versions (filing_id, n, submitted_at, submitted_by, issued_report_id, number, snapshot)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		v.FilingID, v.N, s.timeArg(v.SubmittedAt), v.SubmittedBy, v.IssuedReportID, v.Number, string(snap))
	return wrap(err, "add version %d of filing %d", v.N, v.FilingID)
}

// Filing returns the filing with the ID; NotFound when there is none.
func (s *Store) Filing(ctx context.Context, id int64) (domain.Filing, error) {
	f, err := scanFiling(s.q.QueryRowContext(ctx, `SELECT `+filingColumns+` FROM filings WHERE id = $1`, id))
	return f, wrap(notFound(err, "Không có báo cáo đã nộp số %d.", id), "load filing %d", id)
}

// FilingOf returns a commune's filing of a kind and period; NotFound when
// it has submitted none.
func (s *Store) FilingOf(ctx context.Context, communeID int64, kind string, p domain.Period) (domain.Filing, error) {
	f, err := scanFiling(s.q.QueryRowContext(ctx, `SELECT `+filingColumns+` FROM filings
		WHERE commune_id = $1 AND kind = $2 AND period = $3`, communeID, kind, p.String()))
	return f, wrap(notFound(err, "Báo cáo %s chưa nộp lên tỉnh.", p.Words()), "load filing of org %d for %s", communeID, p)
}

// FilingOfForUpdate is FilingOf in a transaction that then acts on the
// filing's state: on PostgreSQL the row stays locked until the transaction
// ends, so that a review committing meanwhile is waited for and read (on
// SQLite write transactions run one at a time already).
func (s *Store) FilingOfForUpdate(ctx context.Context, communeID int64, kind string, p domain.Period) (domain.Filing, error) {
	lock := ""
	if s.engine != engineSQLite {
		lock = " FOR UPDATE"
	}
	f, err := scanFiling(s.q.QueryRowContext(ctx, `SELECT `+filingColumns+` FROM filings
		WHERE commune_id = $1 AND kind = $2 AND period = $3`+lock, communeID, kind, p.String()))
	return f, wrap(notFound(err, "Báo cáo %s chưa nộp lên tỉnh.", p.Words()), "load filing of org %d for %s", communeID, p)
}

// ProvinceFilings returns the filings of a kind the province's communes
// submitted for the periods of a year (months, quarters, halves, the year),
// in one query, with what the completeness grid reads of each: ID, commune,
// period, due day, status and first submission.
func (s *Store) ProvinceFilings(ctx context.Context, provinceID int64, kind string, year int) ([]domain.Filing, error) {
	// A period's text starts with its year: "2026-03", "2026-Q1", "2026".
	// Only what a grid cell shows is read: a province of 129 communes has
	// 1,548 filings a year, and the page reads them on every request.
	rows, err := s.q.QueryContext(ctx, `SELECT id, commune_id, period, due, status, first_submitted_at FROM filings
		WHERE province_id = $1 AND kind = $2 AND period >= $3 AND period < $4 ORDER BY commune_id, period`,
		provinceID, kind, strconv.Itoa(year), strconv.Itoa(year+1))
	if err != nil {
		return nil, fmt.Errorf("list filings of province %d in %d: %w", provinceID, year, err)
	}
	defer rows.Close()
	var out []domain.Filing
	for rows.Next() {
		f := domain.Filing{ProvinceID: provinceID, Kind: kind}
		var period, status string
		if err := rows.Scan(&f.ID, &f.CommuneID, &period, dateCol{&f.Due}, &status, timeCol{&f.FirstSubmittedAt}); err != nil {
			return nil, fmt.Errorf("list filings of province %d in %d: %w", provinceID, year, err)
		}
		f.Status = domain.FilingStatus(status)
		if f.Period, err = domain.ParsePeriod(period); err != nil {
			return nil, fmt.Errorf("filing %d: %w", f.ID, err)
		}
		out = append(out, f)
	}
	return out, wrap(rows.Err(), "list filings of province %d in %d", provinceID, year)
}

func scanFiling(r scanner) (domain.Filing, error) {
	var f domain.Filing
	var period, status string
	err := r.Scan(&f.ID, &f.CommuneID, &f.ProvinceID, &f.Kind, &period, &f.RequestID, dateCol{&f.Due}, &status,
		timeCol{&f.FirstSubmittedAt}, timeCol{&f.LastSubmittedAt}, &f.Versions, &f.ReviewedBy, timeCol{&f.ReviewedAt},
		&f.ReturnReason, &f.Version, &f.ChangedBy, timeCol{&f.ChangedAt})
	if err != nil {
		return f, err
	}
	f.Status = domain.FilingStatus(status)
	f.Period, err = domain.ParsePeriod(period)
	return f, err
}

// FilingVersions returns the versions of a filing, first to last.
func (s *Store) FilingVersions(ctx context.Context, filingID int64) ([]domain.FilingVersion, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT filing_id, n, submitted_at, submitted_by, issued_report_id, number, snapshot
		FROM filing_versions WHERE filing_id = $1 ORDER BY n`, filingID)
	if err != nil {
		return nil, fmt.Errorf("list versions of filing %d: %w", filingID, err)
	}
	defer rows.Close()
	var out []domain.FilingVersion
	for rows.Next() {
		var v domain.FilingVersion
		var snap string
		if err := rows.Scan(&v.FilingID, &v.N, timeCol{&v.SubmittedAt}, &v.SubmittedBy, &v.IssuedReportID, &v.Number, &snap); err != nil {
			return nil, fmt.Errorf("list versions of filing %d: %w", filingID, err)
		}
		if err := json.Unmarshal([]byte(snap), &v.Snapshot); err != nil {
			return nil, fmt.Errorf("snapshot of version %d of filing %d: %w", v.N, filingID, err)
		}
		out = append(out, v)
	}
	return out, wrap(rows.Err(), "list versions of filing %d", filingID)
}

// LatestFilingVersions returns the filings of a kind the province's
// communes submitted for period p, each with its latest version, snapshot
// included, in one query, by commune.
func (s *Store) LatestFilingVersions(ctx context.Context, provinceID int64, kind string, p domain.Period) ([]domain.FiledVersion, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT f.id, f.commune_id, f.status, f.versions, v.submitted_at, v.submitted_by, v.issued_report_id, v.number, v.snapshot
		FROM filings f JOIN filing_versions v ON v.filing_id = f.id AND v.n = f.versions
		WHERE f.province_id = $1 AND f.kind = $2 AND f.period = $3 ORDER BY f.commune_id`,
		provinceID, kind, p.String())
	if err != nil {
		return nil, fmt.Errorf("latest versions of the filings of province %d for %s: %w", provinceID, p, err)
	}
	defer rows.Close()
	var out []domain.FiledVersion
	for rows.Next() {
		fv := domain.FiledVersion{Filing: domain.Filing{ProvinceID: provinceID, Kind: kind, Period: p}}
		f, v := &fv.Filing, &fv.Version
		var status, snap string
		if err := rows.Scan(&f.ID, &f.CommuneID, &status, &f.Versions, timeCol{&v.SubmittedAt}, &v.SubmittedBy,
			&v.IssuedReportID, &v.Number, &snap); err != nil {
			return nil, fmt.Errorf("latest versions of the filings of province %d for %s: %w", provinceID, p, err)
		}
		f.Status, v.FilingID, v.N = domain.FilingStatus(status), f.ID, f.Versions
		if err := json.Unmarshal([]byte(snap), &v.Snapshot); err != nil {
			return nil, fmt.Errorf("snapshot of version %d of filing %d: %w", v.N, f.ID, err)
		}
		out = append(out, fv)
	}
	return out, wrap(rows.Err(), "latest versions of the filings of province %d for %s", provinceID, p)
}
