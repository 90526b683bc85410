package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// RoleLinks returns every role of every criterion of the organisation's
// programs that has words, with the units they are linked to now, in a
// stable order: what the use cases match again when a unit is added or
// renamed.
func (s *Store) RoleLinks(ctx context.Context, orgID int64) ([]domain.RoleLink, error) {
	units, err := s.orgRoleUnits(ctx, orgID)
	if err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, `SELECT x.criterion_id, x.role, x.text
		FROM criterion_roles x
		JOIN criteria c ON c.id = x.criterion_id
		JOIN program_groups g ON g.id = c.group_id
		JOIN programs p ON p.id = g.program_id
		WHERE p.org_id = $1 AND x.text <> ''
		ORDER BY x.criterion_id, x.role`, orgID)
	if err != nil {
		return nil, fmt.Errorf("load role links of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.RoleLink
	for rows.Next() {
		var l domain.RoleLink
		if err := rows.Scan(&l.CriterionID, &l.Role, &l.Text); err != nil {
			return nil, fmt.Errorf("load role links of org %d: %w", orgID, err)
		}
		l.UnitIDs = units[roleKey{l.CriterionID, l.Role}]
		out = append(out, l)
	}
	return out, rows.Err()
}

func (s *Store) orgRoleUnits(ctx context.Context, orgID int64) (map[roleKey][]int64, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT x.criterion_id, x.role, x.unit_id
		FROM criterion_role_units x
		JOIN criteria c ON c.id = x.criterion_id
		JOIN program_groups g ON g.id = c.group_id
		JOIN programs p ON p.id = g.program_id
		WHERE p.org_id = $1
		ORDER BY x.criterion_id, x.role, x.position`, orgID)
	if err != nil {
		return nil, fmt.Errorf("load role units of org %d: %w", orgID, err)
	}
	defer rows.Close()
	out := map[roleKey][]int64{}
	for rows.Next() {
		var k roleKey
		var unitID int64
		if err := rows.Scan(&k.criterion, &k.role, &unitID); err != nil {
			return nil, fmt.Errorf("load role units of org %d: %w", orgID, err)
		}
		out[k] = append(out[k], unitID)
	}
	return out, rows.Err()
}

// SetRoleUnits links the role of the criterion to l.UnitIDs in that order,
// in place of the units it was linked to; its words stay.
func (s *Store) SetRoleUnits(ctx context.Context, l domain.RoleLink) error {
	if roleOf(&domain.Roles{}, l.Role) == nil {
		return fmt.Errorf("set role units of criterion %d: unknown role %q", l.CriterionID, l.Role)
	}
	if _, err := s.q.ExecContext(ctx, `DELETE FROM criterion_role_units WHERE criterion_id = $1 AND role = $2`, l.CriterionID, l.Role); err != nil {
		return fmt.Errorf("set role units of criterion %d: %w", l.CriterionID, err)
	}
	for i, unitID := range l.UnitIDs {
		_, err := s.q.ExecContext(ctx, `INSERT INTO criterion_role_units (criterion_id, role, position, unit_id)
			VALUES ($1, $2, $3, $4)`, l.CriterionID, l.Role, i+1, unitID)
		if err != nil {
			return fmt.Errorf("set role units of criterion %d: %w", l.CriterionID, err)
		}
	}
	return nil
}

// CriteriaWithData returns the ids of the program's criteria that have
// progress recorded for some period.
func (s *Store) CriteriaWithData(ctx context.Context, programID int64) (map[int64]bool, error) {
	ids, err := s.queryIDs(ctx, `SELECT DISTINCT r.criterion_id FROM progress r
		JOIN criteria c ON c.id = r.criterion_id
		JOIN program_groups g ON g.id = c.group_id
		WHERE g.program_id = $1`, programID)
	if err != nil {
		return nil, fmt.Errorf("criteria with data of program %d: %w", programID, err)
	}
	return idSet(ids), nil
}
