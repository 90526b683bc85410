package storage

import (
	"context"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// SaveProgram inserts the program, or updates the organisation's program with
// the same Number, together with its groups (matched by Numeral) and criteria
// (matched by group and Number), their targets and roles, in one transaction.
// It sets every ID, and every Position from the order of the slices. Groups and
// criteria no longer in p are deleted, unless a criterion to delete has data
// (values, their history or evidence files): then nothing is written and the
// error is a Conflict.
//
// p.ChangedBy and p.ChangedAt say who saves and when: every row the save adds
// or changes (the header, a group's name, a criterion's text, targets, roles
// or linked units) gets them and a new version, so that a form drawn before
// the save is refused as stale; rows that stay the same keep theirs. The
// Version, ChangedBy and ChangedAt of p and its parts are set as stored.
func (s *Store) SaveProgram(ctx context.Context, p *domain.Program) error {
	if err := validateProgram(*p); err != nil {
		return err
	}
	if err := s.WithTx(ctx, func(tx *Store) error { return tx.saveProgram(ctx, p) }); err != nil {
		return wrap(err, "save program %q", p.Number)
	}
	return nil
}

func (s *Store) saveProgram(ctx context.Context, p *domain.Program) error {
	if err := s.requireOrg(ctx, p.OrgID); err != nil {
		return err
	}
	if err := s.requireUnits(ctx, p.OrgID, roleUnitIDs(*p)); err != nil {
		return err
	}
	before, err := s.ProgramByNumber(ctx, p.OrgID, p.Number)
	if err != nil && !domain.IsNotFound(err) {
		return err
	}
	old, err := s.existingCriteria(ctx, p.OrgID, p.Number)
	if err != nil {
		return err
	}
	removed := removedCriteria(old, *p)
	if err := refuseLosingData(removed); err != nil {
		return err
	}
	if err := s.upsertProgramRow(ctx, p); err != nil {
		return err
	}
	if err := s.deleteRemoved(ctx, p, removed); err != nil {
		return err
	}
	if err := s.saveGroups(ctx, p); err != nil {
		return err
	}
	return s.stampChanges(ctx, before, p)
}

func (s *Store) upsertProgramRow(ctx context.Context, p *domain.Program) error {
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO programs (org_id, number, date, issuing_body, title, year)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (org_id, number) DO UPDATE SET
			date = excluded.date, issuing_body = excluded.issuing_body,
			title = excluded.title, year = excluded.year
		RETURNING id`,
		p.OrgID, p.Number, s.dateArg(p.Date), p.IssuingBody, p.Title, p.Year,
	).Scan(&p.ID)
	if err != nil {
		return fmt.Errorf("upsert program row: %w", err)
	}
	return nil
}

func (s *Store) saveGroups(ctx context.Context, p *domain.Program) error {
	position := 0
	for gi := range p.Groups {
		g := &p.Groups[gi]
		g.Position = gi + 1
		err := s.q.QueryRowContext(ctx, `
			INSERT INTO program_groups (program_id, numeral, name, position) VALUES ($1, $2, $3, $4)
			ON CONFLICT (program_id, numeral) DO UPDATE SET name = excluded.name, position = excluded.position
			RETURNING id`, p.ID, g.Numeral, g.Name, g.Position).Scan(&g.ID)
		if err != nil {
			return fmt.Errorf("save group %s: %w", g.Numeral, err)
		}
		for ci := range g.Criteria {
			position++
			g.Criteria[ci].Position = position
			if err := s.saveCriterion(ctx, g, &g.Criteria[ci]); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Store) saveCriterion(ctx context.Context, g *domain.Group, c *domain.Criterion) error {
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO criteria (group_id, number, text, position, framework_key) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (group_id, number) DO UPDATE SET text = excluded.text, position = excluded.position,
			framework_key = excluded.framework_key
		RETURNING id`, g.ID, c.Number, c.Text, c.Position, c.FrameworkKey).Scan(&c.ID)
	if err == nil {
		err = s.replaceTargets(ctx, c)
	}
	if err == nil {
		err = s.replaceRoles(ctx, c)
	}
	if err != nil {
		return fmt.Errorf("save criterion %s: %w", criterionLabel(g.Numeral, c.Number), err)
	}
	return nil
}

func (s *Store) replaceTargets(ctx context.Context, c *domain.Criterion) error {
	if _, err := s.q.ExecContext(ctx, `DELETE FROM criterion_targets WHERE criterion_id = $1`, c.ID); err != nil {
		return err
	}
	for i, t := range c.Targets {
		_, err := s.q.ExecContext(ctx, `INSERT INTO criterion_targets
			(criterion_id, position, comparator, threshold, upper, unit, label) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			c.ID, i+1, string(t.Comparator), t.Threshold, t.Upper, t.Unit, t.Label)
		if err != nil {
			return err
		}
	}
	return nil
}

// replaceRoles writes the roles that say something; deleting a role row
// deletes its units too.
func (s *Store) replaceRoles(ctx context.Context, c *domain.Criterion) error {
	if _, err := s.q.ExecContext(ctx, `DELETE FROM criterion_roles WHERE criterion_id = $1`, c.ID); err != nil {
		return err
	}
	for _, name := range roleNames {
		r := roleOf(&c.Roles, name)
		if r.Text == "" && len(r.UnitIDs) == 0 {
			continue
		}
		_, err := s.q.ExecContext(ctx, `INSERT INTO criterion_roles (criterion_id, role, text) VALUES ($1, $2, $3)`,
			c.ID, name, r.Text)
		if err != nil {
			return err
		}
		for i, unitID := range r.UnitIDs {
			_, err := s.q.ExecContext(ctx, `INSERT INTO criterion_role_units (criterion_id, role, position, unit_id)
				VALUES ($1, $2, $3, $4)`, c.ID, name, i+1, unitID)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

func criterionLabel(numeral string, number int) string {
	return fmt.Sprintf("%s.%d", numeral, number)
}

// refuseLosingData returns a Conflict naming the criteria to delete that
// have data (hasData): deleting them would delete what units recorded.
func refuseLosingData(removed []oldCriterion) error {
	var labels []string
	for _, c := range removed {
		if c.hasData {
			labels = append(labels, c.label)
		}
	}
	if len(labels) == 0 {
		return nil
	}
	return domain.Errorf(domain.Conflict, "tiêu chí %s đã có số liệu, không thể xóa", strings.Join(labels, ", "))
}
