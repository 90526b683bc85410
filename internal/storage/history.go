package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// ProgressChange is one change to the progress record of a criterion in a
// period: who made it, when, and the record before and after (nil when there
// was none, or when it was cleared).
type ProgressChange struct {
	ID          int64
	CriterionID int64
	Period      domain.Period
	ChangedAt   time.Time
	ChangedBy   string
	Before      *domain.Progress
	After       *domain.Progress
}

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

func fromSnapshot(text string, c ProgressChange) (*domain.Progress, error) {
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

// AddProgressChange records a change in the history of a criterion's values.
// Call it on the transaction that makes the change.
func (s *Store) AddProgressChange(ctx context.Context, c *ProgressChange) error {
	before, err := snapshotJSON(c.Before)
	if err != nil {
		return fmt.Errorf("record history of criterion %d: %w", c.CriterionID, err)
	}
	after, err := snapshotJSON(c.After)
	if err != nil {
		return fmt.Errorf("record history of criterion %d: %w", c.CriterionID, err)
	}
	err = s.q.QueryRowContext(ctx, `INSERT INTO progress_history (criterion_id, period, changed_at, changed_by, before, after)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		c.CriterionID, c.Period.String(), s.timeArg(c.ChangedAt), c.ChangedBy, before, after).Scan(&c.ID)
	return wrap(err, "record history of criterion %d", c.CriterionID)
}

// ProgressHistory returns the changes to a criterion of the organisation,
// newest first; NotFound if the criterion is not the organisation's.
func (s *Store) ProgressHistory(ctx context.Context, orgID, criterionID int64) ([]ProgressChange, error) {
	if _, err := s.criterionProgramID(ctx, orgID, criterionID); err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, `SELECT id, criterion_id, period, changed_at, changed_by, before, after
		FROM progress_history WHERE criterion_id = $1 ORDER BY changed_at DESC, id DESC`, criterionID)
	if err != nil {
		return nil, fmt.Errorf("load history of criterion %d: %w", criterionID, err)
	}
	defer rows.Close()
	var out []ProgressChange
	for rows.Next() {
		c, err := scanChange(rows)
		if err != nil {
			return nil, fmt.Errorf("load history of criterion %d: %w", criterionID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func scanChange(rows scanner) (ProgressChange, error) {
	var c ProgressChange
	var period, before, after string
	if err := rows.Scan(&c.ID, &c.CriterionID, &period, timeCol{&c.ChangedAt}, &c.ChangedBy, &before, &after); err != nil {
		return c, err
	}
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
