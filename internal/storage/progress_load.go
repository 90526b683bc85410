package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// progressOfProgram joins progress records (r) to the program ($1) of their
// criteria (c).
const progressOfProgram = ` FROM progress r
	JOIN criteria c ON c.id = r.criterion_id
	JOIN program_groups g ON g.id = c.group_id
	WHERE g.program_id = $1 AND `

// loadProgress returns the program's records matching where (which uses $2),
// with their values, in criterion order, then period end, then recording time
// (unknown first: the engines disagree on where NULLs sort).
func (s *Store) loadProgress(ctx context.Context, where string, programID int64, arg any) ([]domain.Progress, error) {
	values, err := s.progressValues(ctx, where, programID, arg)
	if err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, progressColumns+progressOfProgram+where+`
		ORDER BY c.position, c.id, r.period_end, (r.recorded_at IS NOT NULL), r.recorded_at, r.id`, programID, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Progress
	for rows.Next() {
		r, err := scanProgress(rows)
		if err != nil {
			return nil, err
		}
		r.Values = values[r.ID]
		out = append(out, r)
	}
	return out, rows.Err()
}

// progressColumns are the columns scanProgress reads, of progress records r.
const progressColumns = `SELECT r.id, r.criterion_id, r.period, r.met, r.evidence, r.note, r.recorded_by, r.recorded_at, r.version`

func scanProgress(rows scanner) (domain.Progress, error) {
	var r domain.Progress
	var period string
	err := rows.Scan(&r.ID, &r.CriterionID, &period, boolCol{&r.Met},
		&r.Evidence, &r.Note, &r.RecordedBy, timeCol{&r.RecordedAt}, &r.Version)
	if err != nil {
		return r, err
	}
	if r.Period, err = domain.ParsePeriod(period); err != nil {
		return r, fmt.Errorf("progress %d: stored period: %w", r.ID, err)
	}
	return r, nil
}

func (s *Store) progressValues(ctx context.Context, where string, programID int64, arg any) (map[int64][]domain.Measurement, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT v.progress_id, v.value, v.numerator, v.denominator
		FROM progress_values v JOIN (SELECT r.id`+progressOfProgram+where+`) r ON r.id = v.progress_id
		ORDER BY v.progress_id, v.position`, programID, arg)
	if err != nil {
		return nil, fmt.Errorf("load values: %w", err)
	}
	defer rows.Close()
	out := map[int64][]domain.Measurement{}
	for rows.Next() {
		var id int64
		var m domain.Measurement
		if err := rows.Scan(&id, floatCol{&m.Value}, floatCol{&m.Numerator}, floatCol{&m.Denominator}); err != nil {
			return nil, fmt.Errorf("load values: %w", err)
		}
		out[id] = append(out[id], m)
	}
	return out, rows.Err()
}

// ProgressRecord returns the record of one criterion in exactly period p,
// with its values; NotFound when the period has none for it.
func (s *Store) ProgressRecord(ctx context.Context, criterionID int64, p domain.Period) (*domain.Progress, error) {
	r, err := scanProgress(s.q.QueryRowContext(ctx, progressColumns+` FROM progress r WHERE r.criterion_id = $1 AND r.period = $2`, criterionID, p.String()))
	if err != nil {
		return nil, wrap(notFound(err, "tiêu chí số %d chưa có số liệu %s", criterionID, p.Words()), "load progress of criterion %d for %s", criterionID, p)
	}
	rows, err := s.q.QueryContext(ctx, `SELECT value, numerator, denominator FROM progress_values WHERE progress_id = $1 ORDER BY position`, r.ID)
	if err != nil {
		return nil, fmt.Errorf("load values of progress %d: %w", r.ID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var m domain.Measurement
		if err := rows.Scan(floatCol{&m.Value}, floatCol{&m.Numerator}, floatCol{&m.Denominator}); err != nil {
			return nil, fmt.Errorf("load values of progress %d: %w", r.ID, err)
		}
		r.Values = append(r.Values, m)
	}
	return &r, rows.Err()
}
