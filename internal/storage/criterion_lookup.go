package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// CriterionRef returns where the criterion with the given id sits, or a
// NotFound error.
func (s *Store) CriterionRef(ctx context.Context, id int64) (domain.CriterionRef, error) {
	var ref domain.CriterionRef
	var numeral string
	var number int
	err := s.q.QueryRowContext(ctx, `
		SELECT c.id, c.group_id, g.program_id, p.org_id, g.numeral, c.number
		FROM criteria c
		JOIN program_groups g ON g.id = c.group_id
		JOIN programs p ON p.id = g.program_id
		WHERE c.id = $1`, id).Scan(&ref.ID, &ref.GroupID, &ref.ProgramID, &ref.OrgID, &numeral, &number)
	if err != nil {
		return ref, wrap(notFound(err, "không có tiêu chí số %d", id), "look up criterion %d", id)
	}
	ref.Label = criterionLabel(numeral, number)
	return ref, nil
}

// CriteriaCounts returns the number of criteria of each program of the
// organisation, by program id, in one query.
func (s *Store) CriteriaCounts(ctx context.Context, orgID int64) (map[int64]int, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT g.program_id, COUNT(c.id)
		FROM programs p
		JOIN program_groups g ON g.program_id = p.id
		JOIN criteria c ON c.group_id = g.id
		WHERE p.org_id = $1
		GROUP BY g.program_id`, orgID)
	if err != nil {
		return nil, fmt.Errorf("count criteria of org %d: %w", orgID, err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("count criteria of org %d: %w", orgID, err)
		}
		out[id] = n
	}
	return out, rows.Err()
}
