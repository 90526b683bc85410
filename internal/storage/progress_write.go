package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// WriteProgress writes record r (criterion, period, values, judgement,
// evidence, note, who and when) as version r.Version, provided the record
// of its criterion and period still stands at version expected, as the
// caller read it: it updates the record, inserts it when there was none
// (exists false), or deletes it when r is blank, so that the status carried
// forward from earlier periods shows again. When the record has moved on
// meanwhile (another save wrote or cleared it, or created it first), it
// returns false and writes nothing. The conditional statement is the guard
// on PostgreSQL, where two transactions may read the same version: the
// second waits for the first's row lock or unique key, then finds nothing
// to change. Call it after ClaimProgressChange, on the same transaction.
func (s *Store) WriteProgress(ctx context.Context, r *domain.Progress, expected int64, exists bool) (bool, error) {
	crit, period := r.CriterionID, r.Period.String()
	switch {
	case exists && r.Blank():
		res, err := s.q.ExecContext(ctx, `DELETE FROM progress WHERE criterion_id = $1 AND period = $2 AND version = $3`, crit, period, expected)
		return rowsChanged(res, err, "clear progress of criterion %d for %s", crit, r.Period)
	case r.Blank():
		return true, nil
	case exists:
		err := s.q.QueryRowContext(ctx, `UPDATE progress SET met = $1, evidence = $2, note = $3, recorded_by = $4, recorded_at = $5, version = $6
			WHERE criterion_id = $7 AND period = $8 AND version = $9 RETURNING id`,
			boolArg(r.Met), r.Evidence, r.Note, r.RecordedBy, s.timeArg(r.RecordedAt), r.Version, crit, period, expected).Scan(&r.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("update progress of criterion %d for %s: %w", crit, r.Period, err)
		}
	default:
		p := r.Period
		err := s.q.QueryRowContext(ctx, `INSERT INTO progress (criterion_id, period, period_start, period_end, met, evidence, note, recorded_by, recorded_at, version)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
			ON CONFLICT (criterion_id, period) DO NOTHING RETURNING id`,
			crit, period, s.dateArg(p.Start()), s.dateArg(p.End()), boolArg(r.Met), r.Evidence, r.Note, r.RecordedBy, s.timeArg(r.RecordedAt), r.Version).Scan(&r.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("insert progress of criterion %d for %s: %w", crit, r.Period, err)
		}
	}
	if err := s.replaceValues(ctx, r); err != nil {
		return false, fmt.Errorf("save values of criterion %d for %s: %w", crit, r.Period, err)
	}
	return true, nil
}

// rowsChanged reports whether a statement changed a row.
func rowsChanged(res sql.Result, err error, format string, args ...any) (bool, error) {
	if err != nil {
		return false, fmt.Errorf(format+": %w", append(args, err)...)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf(format+": %w", append(args, err)...)
	}
	return n > 0, nil
}
