package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// The methods here change one part of a program (its header, one group, one
// criterion) where SaveProgram rewrites all of it, so that two people editing
// different parts do not overwrite each other, and a change made against an
// older version of the same part is refused: the update names the version it
// was made against and reports false, writing nothing, when the row has moved
// on. Each stamps the row with the ChangedBy and ChangedAt of what it is given.

// CreateProgram inserts a new program header (no groups) and sets p.ID and
// p.Version. A number the organisation already uses is a Conflict, even when
// two people create it at the same moment.
func (s *Store) CreateProgram(ctx context.Context, p *domain.Program) error {
	if err := validateProgram(domain.Program{OrgID: p.OrgID, Number: p.Number, Year: p.Year}); err != nil {
		return err
	}
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO programs (org_id, number, date, issuing_body, title, year, changed_by, changed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (org_id, number) DO NOTHING RETURNING id, version`,
		p.OrgID, p.Number, s.dateArg(p.Date), p.IssuingBody, p.Title, p.Year, p.ChangedBy, s.timeArg(p.ChangedAt),
	).Scan(&p.ID, &p.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Errorf(domain.Conflict, "đã có chương trình số %s", p.Number)
	}
	return wrap(err, "create program %q", p.Number)
}

// UpdateProgramHeader writes p's date, issuing body, title and year if the
// stored header is still at p.Version; the number stays.
func (s *Store) UpdateProgramHeader(ctx context.Context, p *domain.Program) (bool, error) {
	if err := validateProgram(domain.Program{OrgID: p.OrgID, Number: p.Number, Year: p.Year}); err != nil {
		return false, err
	}
	res, err := s.q.ExecContext(ctx, `UPDATE programs SET date = $1, issuing_body = $2, title = $3, year = $4,
			version = version + 1, changed_by = $5, changed_at = $6
		WHERE id = $7 AND version = $8`,
		s.dateArg(p.Date), p.IssuingBody, p.Title, p.Year, p.ChangedBy, s.timeArg(p.ChangedAt), p.ID, p.Version)
	return bumped(res, err, &p.Version, "update program %d", p.ID)
}

// AddGroup adds g after the program's last group and sets g.ID, g.Position
// and g.Version. A numeral the program already has is a Conflict.
func (s *Store) AddGroup(ctx context.Context, programID int64, g *domain.Group) error {
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO program_groups (program_id, numeral, name, position, changed_by, changed_at)
		VALUES ($1, $2, $3, (SELECT COALESCE(MAX(position), 0) + 1 FROM program_groups WHERE program_id = $1), $4, $5)
		ON CONFLICT (program_id, numeral) DO NOTHING RETURNING id, position, version`,
		programID, g.Numeral, g.Name, g.ChangedBy, s.timeArg(g.ChangedAt)).Scan(&g.ID, &g.Position, &g.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Errorf(domain.Conflict, "chương trình đã có nhóm %s", g.Numeral)
	}
	return wrap(err, "add group %s to program %d", g.Numeral, programID)
}

// RenameGroup writes g.Name if the group is still at g.Version.
func (s *Store) RenameGroup(ctx context.Context, g *domain.Group) (bool, error) {
	res, err := s.q.ExecContext(ctx, `UPDATE program_groups SET name = $1,
			version = version + 1, changed_by = $2, changed_at = $3
		WHERE id = $4 AND version = $5`, g.Name, g.ChangedBy, s.timeArg(g.ChangedAt), g.ID, g.Version)
	return bumped(res, err, &g.Version, "rename group %d", g.ID)
}

// DeleteGroup deletes a group that has no criteria; one that has some (added
// since the page was drawn, too) is a Conflict.
func (s *Store) DeleteGroup(ctx context.Context, groupID int64) error {
	res, err := s.q.ExecContext(ctx, `DELETE FROM program_groups
		WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM criteria WHERE group_id = $1)`, groupID)
	ok, err := oneRow(res, err)
	switch {
	case err != nil:
		return fmt.Errorf("delete group %d: %w", groupID, err)
	case !ok:
		return domain.Errorf(domain.Conflict, "nhóm còn tiêu chí: xóa hoặc chuyển các tiêu chí sang nhóm khác trước")
	}
	return nil
}

// AddCriterion adds c at the end of the group, numbered next, with its
// targets and roles, and sets c.ID, c.Number, c.Position and c.Version.
func (s *Store) AddCriterion(ctx context.Context, groupID int64, c *domain.Criterion) error {
	programID, err := s.programOfGroup(ctx, groupID)
	if err != nil {
		return err
	}
	err = s.q.QueryRowContext(ctx, `
		INSERT INTO criteria (group_id, number, text, position, changed_by, changed_at, framework_key)
		VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM criteria WHERE group_id = $1), $2, 0, $3, $4, $5)
		RETURNING id, number, version`, groupID, c.Text, c.ChangedBy, s.timeArg(c.ChangedAt), c.FrameworkKey).Scan(&c.ID, &c.Number, &c.Version)
	if err == nil {
		err = s.replaceTargets(ctx, c)
	}
	if err == nil {
		err = s.replaceRoles(ctx, c)
	}
	if err == nil {
		err = s.reposition(ctx, programID)
	}
	if err != nil {
		return fmt.Errorf("add criterion to group %d: %w", groupID, err)
	}
	return s.q.QueryRowContext(ctx, `SELECT position FROM criteria WHERE id = $1`, c.ID).Scan(&c.Position)
}

// UpdateCriterion writes c's text, targets and roles if the criterion is
// still at c.Version. Its number and group stay (MoveCriterionToGroup moves
// it), and so does the progress recorded for it.
func (s *Store) UpdateCriterion(ctx context.Context, c *domain.Criterion) (bool, error) {
	res, err := s.q.ExecContext(ctx, `UPDATE criteria SET text = $1,
			version = version + 1, changed_by = $2, changed_at = $3
		WHERE id = $4 AND version = $5`, c.Text, c.ChangedBy, s.timeArg(c.ChangedAt), c.ID, c.Version)
	ok, err := bumped(res, err, &c.Version, "update criterion %d", c.ID)
	if !ok || err != nil {
		return ok, err
	}
	if err := s.replaceTargets(ctx, c); err != nil {
		return false, fmt.Errorf("update criterion %d: %w", c.ID, err)
	}
	if err := s.replaceRoles(ctx, c); err != nil {
		return false, fmt.Errorf("update criterion %d: %w", c.ID, err)
	}
	return true, nil
}

func (s *Store) programOfGroup(ctx context.Context, groupID int64) (int64, error) {
	var programID int64
	err := s.q.QueryRowContext(ctx, `SELECT program_id FROM program_groups WHERE id = $1`, groupID).Scan(&programID)
	return programID, wrap(notFound(err, "không có nhóm tiêu chí số %d", groupID), "load group %d", groupID)
}

// bumped reports whether a versioned UPDATE changed its row, and then moves
// *version to the next one.
func bumped(res sql.Result, err error, version *int64, format string, args ...any) (bool, error) {
	ok, err := oneRow(res, err)
	if err != nil {
		return false, fmt.Errorf(format+": %w", append(args, err)...)
	}
	if ok {
		*version++
	}
	return ok, nil
}
