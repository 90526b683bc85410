package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// oldCriterion is a criterion already stored for a program being saved again.
type oldCriterion struct {
	id      int64
	label   string // "II.3"
	hasData bool   // see hasData
}

// hasData is the condition, on criterion c, under which deleting it would
// delete what people recorded: values of a period, their history (of a
// record since cleared too) or uploaded evidence files, all of which go with
// the criterion. A program save and the delete of one criterion refuse it
// alike.
const hasData = `(EXISTS (SELECT 1 FROM progress r WHERE r.criterion_id = c.id) OR
	EXISTS (SELECT 1 FROM progress_history h WHERE h.criterion_id = c.id) OR
	EXISTS (SELECT 1 FROM evidence_files e WHERE e.criterion_id = c.id))`

// existingCriteria returns the stored criteria of the organisation's program
// with the given number (none if it is new), in order.
func (s *Store) existingCriteria(ctx context.Context, orgID int64, number string) ([]oldCriterion, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT c.id, g.numeral, c.number, `+hasData+`
		FROM criteria c
		JOIN program_groups g ON g.id = c.group_id
		JOIN programs p ON p.id = g.program_id
		WHERE p.org_id = $1 AND p.number = $2
		ORDER BY c.position, c.id`, orgID, number)
	if err != nil {
		return nil, fmt.Errorf("load stored criteria: %w", err)
	}
	defer rows.Close()
	var out []oldCriterion
	for rows.Next() {
		var c oldCriterion
		var numeral string
		var n int
		if err := rows.Scan(&c.id, &numeral, &n, &c.hasData); err != nil {
			return nil, fmt.Errorf("load stored criteria: %w", err)
		}
		c.label = criterionLabel(numeral, n)
		out = append(out, c)
	}
	return out, rows.Err()
}

// removedCriteria returns the stored criteria that p no longer has.
func removedCriteria(old []oldCriterion, p domain.Program) []oldCriterion {
	keep := map[string]bool{}
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			keep[criterionLabel(g.Numeral, c.Number)] = true
		}
	}
	var out []oldCriterion
	for _, c := range old {
		if !keep[c.label] {
			out = append(out, c)
		}
	}
	return out
}

// deleteRemoved deletes the criteria and then the groups that p no longer has.
func (s *Store) deleteRemoved(ctx context.Context, p *domain.Program, removed []oldCriterion) error {
	for _, c := range removed {
		if _, err := s.q.ExecContext(ctx, `DELETE FROM criteria WHERE id = $1`, c.id); err != nil {
			return fmt.Errorf("delete criterion %s: %w", c.label, err)
		}
	}
	keep := map[string]bool{}
	for _, g := range p.Groups {
		keep[g.Numeral] = true
	}
	groups, err := s.groupNumerals(ctx, p.ID)
	if err != nil {
		return err
	}
	for id, numeral := range groups {
		if keep[numeral] {
			continue
		}
		if _, err := s.q.ExecContext(ctx, `DELETE FROM program_groups WHERE id = $1`, id); err != nil {
			return fmt.Errorf("delete group %s: %w", numeral, err)
		}
	}
	return nil
}

func (s *Store) groupNumerals(ctx context.Context, programID int64) (map[int64]string, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT id, numeral FROM program_groups WHERE program_id = $1`, programID)
	if err != nil {
		return nil, fmt.Errorf("load stored groups: %w", err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var numeral string
		if err := rows.Scan(&id, &numeral); err != nil {
			return nil, fmt.Errorf("load stored groups: %w", err)
		}
		out[id] = numeral
	}
	return out, rows.Err()
}
