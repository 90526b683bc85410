package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// snapshot is how a progress record is kept in progress_history: what was
// measured and written, not who or when (the history row says that), so that
// an old row still reads the same after the record changes.
type snapshot struct {
	Values   []snapshotValue `json:"values,omitempty"`
	Met      *bool           `json:"met,omitempty"`
	Evidence string          `json:"evidence,omitempty"`
	Note     string          `json:"note,omitempty"`
}

type snapshotValue struct {
	Value       *float64 `json:"value,omitempty"`
	Numerator   *float64 `json:"numerator,omitempty"`
	Denominator *float64 `json:"denominator,omitempty"`
}

func snapshotJSON(p *domain.Progress) (string, error) {
	if p == nil {
		return "", nil
	}
	s := snapshot{Met: p.Met, Evidence: p.Evidence, Note: p.Note}
	for _, v := range p.Values {
		s.Values = append(s.Values, snapshotValue(v))
	}
	b, err := json.Marshal(s)
	return string(b), err
}

func fromSnapshot(text string, c domain.ProgressChange) (*domain.Progress, error) {
	if text == "" {
		return nil, nil
	}
	var s snapshot
	if err := json.Unmarshal([]byte(text), &s); err != nil {
		return nil, fmt.Errorf("history %d: %w", c.ID, err)
	}
	p := &domain.Progress{CriterionID: c.CriterionID, Period: c.Period, Met: s.Met, Evidence: s.Evidence, Note: s.Note}
	for _, v := range s.Values {
		p.Values = append(p.Values, domain.Measurement(v))
	}
	return p, nil
}

// ClaimProgressChange records change c in the history of a criterion's
// values, c.Version being the version the change gives the record, and sets
// c.ID. Call it on the transaction that makes the change, before writing the
// record: when that version of the record is recorded already (another save
// claimed it first, and the unique index made this one wait for it), it
// returns false and writes nothing.
func (s *Store) ClaimProgressChange(ctx context.Context, c *domain.ProgressChange) (bool, error) {
	before, err := snapshotJSON(c.Before)
	if err != nil {
		return false, fmt.Errorf("record history of criterion %d: %w", c.CriterionID, err)
	}
	after, err := snapshotJSON(c.After)
	if err != nil {
		return false, fmt.Errorf("record history of criterion %d: %w", c.CriterionID, err)
	}
	err = s.q.QueryRowContext(ctx, `INSERT INTO progress_history (criterion_id, period, changed_at, changed_by, before, after, version)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (criterion_id, period, version) DO NOTHING RETURNING id`,
		c.CriterionID, c.Period.String(), s.timeArg(c.ChangedAt), c.ChangedBy, before, after, c.Version).Scan(&c.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, wrap(err, "record history of criterion %d", c.CriterionID)
}

// UnclaimProgressChange deletes a history row claimed by this transaction
// for a change that could not be written after all.
func (s *Store) UnclaimProgressChange(ctx context.Context, id int64) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM progress_history WHERE id = $1`, id)
	return wrap(err, "undo history row %d", id)
}

// LastProgressChange returns the newest change of the criterion's record in
// period p: the one with the highest version, or the most recent one among
// changes recorded before versions were kept; NotFound when there is none.
func (s *Store) LastProgressChange(ctx context.Context, criterionID int64, p domain.Period) (domain.ProgressChange, error) {
	c, err := scanChange(s.q.QueryRowContext(ctx, changeColumns+`
		FROM progress_history WHERE criterion_id = $1 AND period = $2
		ORDER BY (version IS NOT NULL) DESC, version DESC, changed_at DESC, id DESC LIMIT 1`, criterionID, p.String()))
	return c, wrap(notFound(err, "tiêu chí số %d chưa có thay đổi nào trong %s", criterionID, p.Words()), "last change of criterion %d in %s", criterionID, p)
}

// ClearedVersions returns, for the criteria of the program, the highest
// version their record in period p has had, from the history: the version
// of a record that was cleared (its row deleted), which a new record must
// go past so that versions never repeat.
func (s *Store) ClearedVersions(ctx context.Context, programID int64, p domain.Period) (map[int64]int64, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT h.criterion_id, MAX(h.version) FROM progress_history h
		JOIN criteria c ON c.id = h.criterion_id JOIN program_groups g ON g.id = c.group_id
		WHERE g.program_id = $1 AND h.period = $2 AND h.version IS NOT NULL GROUP BY h.criterion_id`, programID, p.String())
	if err != nil {
		return nil, fmt.Errorf("versions of program %d in %s: %w", programID, p, err)
	}
	defer rows.Close()
	out := map[int64]int64{}
	for rows.Next() {
		var id, v int64
		if err := rows.Scan(&id, &v); err != nil {
			return nil, fmt.Errorf("versions of program %d in %s: %w", programID, p, err)
		}
		out[id] = v
	}
	return out, rows.Err()
}

const changeColumns = `SELECT id, criterion_id, period, changed_at, changed_by, before, after, version`

// ProgressHistory returns the changes to a criterion of the organisation,
// newest first; NotFound if the criterion is not the organisation's.
func (s *Store) ProgressHistory(ctx context.Context, orgID, criterionID int64) ([]domain.ProgressChange, error) {
	if _, err := s.criterionProgramID(ctx, orgID, criterionID); err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, changeColumns+`
		FROM progress_history WHERE criterion_id = $1 ORDER BY changed_at DESC, id DESC`, criterionID)
	if err != nil {
		return nil, fmt.Errorf("load history of criterion %d: %w", criterionID, err)
	}
	defer rows.Close()
	var out []domain.ProgressChange
	for rows.Next() {
		c, err := scanChange(rows)
		if err != nil {
			return nil, fmt.Errorf("load history of criterion %d: %w", criterionID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func scanChange(row scanner) (domain.ProgressChange, error) {
	var c domain.ProgressChange
	var period, before, after string
	var version sql.NullInt64
	if err := row.Scan(&c.ID, &c.CriterionID, &period, timeCol{&c.ChangedAt}, &c.ChangedBy, &before, &after, &version); err != nil {
		return c, err
	}
	c.Version = version.Int64
	var err error
	if c.Period, err = domain.ParsePeriod(period); err != nil {
		return c, err
	}
	if c.Before, err = fromSnapshot(before, c); err != nil {
		return c, err
	}
	c.After, err = fromSnapshot(after, c)
	return c, err
}

// ProgramOfCriterion returns, in full, the program that holds a criterion of
// the organisation; NotFound if the criterion is not the organisation's, so
// that an ID of another commune reveals nothing.
func (s *Store) ProgramOfCriterion(ctx context.Context, orgID, criterionID int64) (domain.Program, error) {
	id, err := s.criterionProgramID(ctx, orgID, criterionID)
	if err != nil {
		return domain.Program{}, err
	}
	return s.Program(ctx, id)
}

func (s *Store) criterionProgramID(ctx context.Context, orgID, criterionID int64) (int64, error) {
	var id int64
	err := s.q.QueryRowContext(ctx, `SELECT p.id FROM criteria c
		JOIN program_groups g ON g.id = c.group_id JOIN programs p ON p.id = g.program_id
		WHERE c.id = $1 AND p.org_id = $2`, criterionID, orgID).Scan(&id)
	return id, wrap(notFound(err, "không có tiêu chí số %d", criterionID), "find program of criterion %d", criterionID)
}
