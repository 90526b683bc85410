package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// UnitUses returns, by unit id, the use of each unit of the organisation:
// criteria it leads in the given program (0 counts none) and its users. A
// program of another organisation counts nothing. Units used by neither are
// absent from the map.
func (s *Store) UnitUses(ctx context.Context, orgID, programID int64) (map[int64]domain.UnitUse, error) {
	out := map[int64]domain.UnitUse{}
	// DISTINCT: a role may name the same unit twice ("Phòng VH-XH; Phòng Văn
	// hóa - Xã hội"), and a criterion counts once.
	leads := `SELECT x.unit_id, COUNT(DISTINCT x.criterion_id)
		FROM criterion_role_units x
		JOIN criteria c ON c.id = x.criterion_id
		JOIN program_groups g ON g.id = c.group_id
		JOIN programs p ON p.id = g.program_id
		JOIN units u ON u.id = x.unit_id
		WHERE p.org_id = $1 AND u.org_id = $1 AND p.id = $2 AND x.role = '` + roleLead + `'
		GROUP BY x.unit_id`
	if err := s.countByUnit(ctx, leads, out, func(u *domain.UnitUse, n int) { u.LeadCriteria = n }, orgID, programID); err != nil {
		return nil, fmt.Errorf("count criteria led by units of org %d: %w", orgID, err)
	}
	users := `SELECT unit_id, COUNT(*) FROM users
		WHERE org_id = $1 AND unit_id IS NOT NULL GROUP BY unit_id`
	if err := s.countByUnit(ctx, users, out, func(u *domain.UnitUse, n int) { u.Users = n }, orgID); err != nil {
		return nil, fmt.Errorf("count users of units of org %d: %w", orgID, err)
	}
	return out, nil
}

// countByUnit runs a query of (unit id, count) rows and sets each count in out.
func (s *Store) countByUnit(ctx context.Context, query string, out map[int64]domain.UnitUse, set func(*domain.UnitUse, int), args ...any) error {
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return err
		}
		use := out[id]
		set(&use, n)
		out[id] = use
	}
	return rows.Err()
}
