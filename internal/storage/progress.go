package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// SaveProgress stores each record, replacing the record of the same criterion
// and period (values and all), in one transaction, and sets the IDs and
// versions in records. It keeps no history, checks no version and keeps the
// version of a record it replaces: it loads data (the demo, which loads
// again without changing anything; tests), it is not how people change
// it, which goes through the entry use cases. A new record goes past the
// versions its criterion and period had before (ClearedVersions). If any record names a criterion that does not exist, has more values
// than its criterion has targets, or has no valid period, nothing is written.
func (s *Store) SaveProgress(ctx context.Context, records []domain.Progress) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.validateProgress(ctx, records); err != nil {
			return err
		}
		for i := range records {
			if err := tx.saveProgressRecord(ctx, &records[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return wrap(err, "save progress")
	}
	return nil
}

func (s *Store) validateProgress(ctx context.Context, records []domain.Progress) error {
	if len(records) == 0 {
		return nil
	}
	targets, err := s.targetCounts(ctx, records)
	if err != nil {
		return err
	}
	var pr problems
	for i, r := range records {
		field := fmt.Sprintf("bản ghi %d (tiêu chí số %d, kỳ %s)", i+1, r.CriterionID, r.Period)
		if back, err := domain.ParsePeriod(r.Period.String()); err != nil || back != r.Period {
			pr.add(field, "kỳ báo cáo không hợp lệ")
		}
		n, found := targets[r.CriterionID]
		switch {
		case !found:
			pr.add(field, "không có tiêu chí này")
		case len(r.Values) > n:
			pr.add(field, fmt.Sprintf("có %d giá trị nhưng tiêu chí chỉ có %d chỉ tiêu", len(r.Values), n))
		}
	}
	return pr.err("số liệu tiêu chí chưa hợp lệ, chưa lưu gì")
}

// targetCounts returns, in one query, how many targets each criterion of the
// records has; a criterion that does not exist is absent.
func (s *Store) targetCounts(ctx context.Context, records []domain.Progress) (map[int64]int, error) {
	args := make([]any, len(records))
	for i, r := range records {
		args[i] = r.CriterionID
	}
	rows, err := s.q.QueryContext(ctx, `SELECT c.id, COUNT(t.position) FROM criteria c
		LEFT JOIN criterion_targets t ON t.criterion_id = c.id
		WHERE c.id IN (`+placeholders(1, len(args))+`) GROUP BY c.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("count targets of criteria: %w", err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("count targets of criteria: %w", err)
		}
		out[id] = n
	}
	return out, rows.Err()
}

func (s *Store) saveProgressRecord(ctx context.Context, r *domain.Progress) error {
	p := r.Period
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO progress (criterion_id, period, period_start, period_end, met, evidence, note, recorded_by, recorded_at, version)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
			1 + COALESCE((SELECT MAX(h.version) FROM progress_history h WHERE h.criterion_id = $1 AND h.period = $2), 0))
		ON CONFLICT (criterion_id, period) DO UPDATE SET
			met = excluded.met, evidence = excluded.evidence, note = excluded.note,
			recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
		RETURNING id, version`,
		r.CriterionID, p.String(), s.dateArg(p.Start()), s.dateArg(p.End()), boolArg(r.Met),
		r.Evidence, r.Note, r.RecordedBy, s.timeArg(r.RecordedAt),
	).Scan(&r.ID, &r.Version)
	if err == nil {
		err = s.replaceValues(ctx, r)
	}
	if err != nil {
		return fmt.Errorf("save progress of criterion %d for %s: %w", r.CriterionID, p, err)
	}
	return nil
}

func (s *Store) replaceValues(ctx context.Context, r *domain.Progress) error {
	if _, err := s.q.ExecContext(ctx, `DELETE FROM progress_values WHERE progress_id = $1`, r.ID); err != nil {
		return err
	}
	for i, v := range r.Values {
		_, err := s.q.ExecContext(ctx, `INSERT INTO progress_values (progress_id, position, value, numerator, denominator)
			VALUES ($1, $2, $3, $4, $5)`, r.ID, i+1, floatArg(v.Value), floatArg(v.Numerator), floatArg(v.Denominator))
		if err != nil {
			return err
		}
	}
	return nil
}

// ProgressFor returns the records of exactly period p for the criteria of the
// program, in the order of the criteria.
func (s *Store) ProgressFor(ctx context.Context, programID int64, p domain.Period) ([]domain.Progress, error) {
	out, err := s.loadProgress(ctx, `r.period = $2`, programID, p.String())
	if err != nil {
		return nil, fmt.Errorf("load progress of program %d for %s: %w", programID, p, err)
	}
	return out, nil
}

// ProgressUpTo returns every record of the program's criteria for a period
// that ends on or before p ends, by criterion ID, oldest period first. The
// caller picks the record in force with domain.Latest.
func (s *Store) ProgressUpTo(ctx context.Context, programID int64, p domain.Period) (map[int64][]domain.Progress, error) {
	list, err := s.loadProgress(ctx, `r.period_end <= $2`, programID, s.dateArg(p.End()))
	if err != nil {
		return nil, fmt.Errorf("load progress of program %d up to %s: %w", programID, p, err)
	}
	out := map[int64][]domain.Progress{}
	for _, r := range list {
		out[r.CriterionID] = append(out[r.CriterionID], r)
	}
	return out, nil
}
