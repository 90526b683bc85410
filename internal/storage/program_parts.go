package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// The parts of a program are read with one query per table for the whole
// program, then put together here, so that loading a program of 60 criteria
// takes five queries, not hundreds.

const criteriaOfProgram = ` JOIN criteria c ON c.id = x.criterion_id
	JOIN program_groups g ON g.id = c.group_id WHERE g.program_id = $1`

func (s *Store) programGroups(ctx context.Context, programID int64) ([]domain.Group, error) {
	targets, err := s.programTargets(ctx, programID)
	if err != nil {
		return nil, err
	}
	roles, err := s.programRoles(ctx, programID)
	if err != nil {
		return nil, err
	}
	criteria, err := s.programCriteria(ctx, programID, targets, roles)
	if err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, `SELECT id, numeral, name, position, version, changed_by, changed_at FROM program_groups
		WHERE program_id = $1 ORDER BY position, id`, programID)
	if err != nil {
		return nil, fmt.Errorf("load groups: %w", err)
	}
	defer rows.Close()
	var groups []domain.Group
	for rows.Next() {
		var g domain.Group
		if err := rows.Scan(&g.ID, &g.Numeral, &g.Name, &g.Position, &g.Version, &g.ChangedBy, timeCol{&g.ChangedAt}); err != nil {
			return nil, fmt.Errorf("load groups: %w", err)
		}
		g.Criteria = criteria[g.ID]
		groups = append(groups, g)
	}
	return groups, rows.Err()
}

// programCriteria returns the criteria of a program by group id, in order.
func (s *Store) programCriteria(ctx context.Context, programID int64,
	targets map[int64][]domain.Target, roles map[int64]domain.Roles) (map[int64][]domain.Criterion, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT c.id, c.group_id, c.number, c.text, c.position, c.framework_key, c.version, c.changed_by, c.changed_at
		FROM criteria c JOIN program_groups g ON g.id = c.group_id
		WHERE g.program_id = $1 ORDER BY c.position, c.id`, programID)
	if err != nil {
		return nil, fmt.Errorf("load criteria: %w", err)
	}
	defer rows.Close()
	out := map[int64][]domain.Criterion{}
	for rows.Next() {
		var c domain.Criterion
		var groupID int64
		if err := rows.Scan(&c.ID, &groupID, &c.Number, &c.Text, &c.Position, &c.FrameworkKey, &c.Version, &c.ChangedBy, timeCol{&c.ChangedAt}); err != nil {
			return nil, fmt.Errorf("load criteria: %w", err)
		}
		c.Targets, c.Roles = targets[c.ID], roles[c.ID]
		out[groupID] = append(out[groupID], c)
	}
	return out, rows.Err()
}

func (s *Store) programTargets(ctx context.Context, programID int64) (map[int64][]domain.Target, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT x.criterion_id, x.comparator, x.threshold, x.upper, x.unit, x.label
		FROM criterion_targets x`+criteriaOfProgram+` ORDER BY x.criterion_id, x.position`, programID)
	if err != nil {
		return nil, fmt.Errorf("load targets: %w", err)
	}
	defer rows.Close()
	out := map[int64][]domain.Target{}
	for rows.Next() {
		var t domain.Target
		var id int64
		var cmp string
		if err := rows.Scan(&id, &cmp, &t.Threshold, &t.Upper, &t.Unit, &t.Label); err != nil {
			return nil, fmt.Errorf("load targets: %w", err)
		}
		t.Comparator = domain.Comparator(cmp)
		out[id] = append(out[id], t)
	}
	return out, rows.Err()
}

func (s *Store) programRoles(ctx context.Context, programID int64) (map[int64]domain.Roles, error) {
	units, err := s.programRoleUnits(ctx, programID)
	if err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, `SELECT x.criterion_id, x.role, x.text
		FROM criterion_roles x`+criteriaOfProgram, programID)
	if err != nil {
		return nil, fmt.Errorf("load roles: %w", err)
	}
	defer rows.Close()
	out := map[int64]domain.Roles{}
	for rows.Next() {
		var k roleKey
		var text string
		if err := rows.Scan(&k.criterion, &k.role, &text); err != nil {
			return nil, fmt.Errorf("load roles: %w", err)
		}
		roles := out[k.criterion]
		if r := roleOf(&roles, k.role); r != nil {
			*r = domain.Role{Text: text, UnitIDs: units[k]}
		}
		out[k.criterion] = roles
	}
	return out, rows.Err()
}

type roleKey struct {
	criterion int64
	role      string
}

func (s *Store) programRoleUnits(ctx context.Context, programID int64) (map[roleKey][]int64, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT x.criterion_id, x.role, x.unit_id
		FROM criterion_role_units x`+criteriaOfProgram+` ORDER BY x.criterion_id, x.role, x.position`, programID)
	if err != nil {
		return nil, fmt.Errorf("load role units: %w", err)
	}
	defer rows.Close()
	out := map[roleKey][]int64{}
	for rows.Next() {
		var k roleKey
		var unitID int64
		if err := rows.Scan(&k.criterion, &k.role, &unitID); err != nil {
			return nil, fmt.Errorf("load role units: %w", err)
		}
		out[k] = append(out[k], unitID)
	}
	return out, rows.Err()
}

// Role names as stored.
const (
	roleMonitoring   = "monitoring"
	roleLead         = "lead"
	roleCoordinating = "coordinating"
)

var roleNames = []string{roleMonitoring, roleLead, roleCoordinating}

// roleOf returns the role of r with the given stored name, or nil.
func roleOf(r *domain.Roles, name string) *domain.Role {
	switch name {
	case roleMonitoring:
		return &r.Monitoring
	case roleLead:
		return &r.Lead
	case roleCoordinating:
		return &r.Coordinating
	}
	return nil
}
