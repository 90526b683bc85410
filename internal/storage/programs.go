package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// programOrder lists the newest program first. Programs without a date come
// last on both engines (PostgreSQL and SQLite disagree on where NULLs sort).
const programOrder = ` ORDER BY (date IS NULL), date DESC, id DESC`

const programColumns = `SELECT id, org_id, number, date, issuing_body, title, year, revision, framework_id, framework_version,
	version, changed_by, changed_at FROM programs`

// Program returns the program with the given id, with its groups, criteria,
// targets and roles.
func (s *Store) Program(ctx context.Context, id int64) (domain.Program, error) {
	row := s.q.QueryRowContext(ctx, programColumns+` WHERE id = $1`, id)
	p, err := s.fullProgram(ctx, row, "không có chương trình công tác số %d", id)
	if err != nil {
		return p, wrap(err, "load program %d", id)
	}
	return p, nil
}

// ProgramByNumber returns, in full, the program of the organisation with the
// given number ("02-CTr/BCĐ").
func (s *Store) ProgramByNumber(ctx context.Context, orgID int64, number string) (domain.Program, error) {
	row := s.q.QueryRowContext(ctx, programColumns+` WHERE org_id = $1 AND number = $2`, orgID, number)
	p, err := s.fullProgram(ctx, row, "không có chương trình công tác số %q", number)
	if err != nil {
		return p, wrap(err, "load program %q of org %d", number, orgID)
	}
	return p, nil
}

// ProgramForYear returns, in full, the newest program of the organisation for
// the given year.
func (s *Store) ProgramForYear(ctx context.Context, orgID int64, year int) (domain.Program, error) {
	row := s.q.QueryRowContext(ctx, programColumns+` WHERE org_id = $1 AND year = $2`+programOrder+` LIMIT 1`, orgID, year)
	p, err := s.fullProgram(ctx, row, "chưa có chương trình công tác năm %d", year)
	if err != nil {
		return p, wrap(err, "load program for %d of org %d", year, orgID)
	}
	return p, nil
}

// Programs returns the programs of an organisation, newest first, without
// their groups.
func (s *Store) Programs(ctx context.Context, orgID int64) ([]domain.Program, error) {
	rows, err := s.q.QueryContext(ctx, programColumns+` WHERE org_id = $1`+programOrder, orgID)
	if err != nil {
		return nil, fmt.Errorf("list programs of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.Program
	for rows.Next() {
		p, err := scanProgram(rows)
		if err != nil {
			return nil, fmt.Errorf("list programs of org %d: %w", orgID, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list programs of org %d: %w", orgID, err)
	}
	return out, nil
}

func scanProgram(r scanner) (domain.Program, error) {
	var p domain.Program
	err := r.Scan(&p.ID, &p.OrgID, &p.Number, dateCol{&p.Date}, &p.IssuingBody, &p.Title, &p.Year,
		&p.Revision, idCol{&p.FrameworkID}, &p.FrameworkVersion,
		&p.Version, &p.ChangedBy, timeCol{&p.ChangedAt})
	return p, err
}

// fullProgram scans a program header and loads the rest of it. missing and
// args make the NotFound message when there is no row.
func (s *Store) fullProgram(ctx context.Context, row scanner, missing string, args ...any) (domain.Program, error) {
	p, err := scanProgram(row)
	if err != nil {
		return domain.Program{}, notFound(err, missing, args...)
	}
	p.Groups, err = s.programGroups(ctx, p.ID)
	return p, err
}
