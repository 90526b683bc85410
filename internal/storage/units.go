package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// SaveUnit inserts the unit, or updates the one with the same organisation
// and code, and sets u.ID and u.Version. It is for loading data (the demo);
// people rename a unit with RenameUnit, which checks the version.
func (s *Store) SaveUnit(ctx context.Context, u *domain.Unit) error {
	if err := validateUnit(*u); err != nil {
		return err
	}
	return s.WithTx(ctx, func(tx *Store) error { return tx.saveUnit(ctx, u) })
}

func (s *Store) saveUnit(ctx context.Context, u *domain.Unit) error {
	if err := s.requireOrg(ctx, u.OrgID); err != nil {
		return wrap(err, "save unit %q", u.Code)
	}
	err := s.q.QueryRowContext(ctx, insertUnit+` ON CONFLICT (org_id, code) DO UPDATE SET
			name = excluded.name, name_fold = excluded.name_fold, short_name = excluded.short_name
		RETURNING id, version`, unitArgs(s, *u)...).Scan(&u.ID, &u.Version)
	if err != nil {
		return wrap(err, "save unit %q", u.Code)
	}
	return nil
}

// CreateUnit inserts a new unit and sets u.ID. Unlike SaveUnit it never
// touches an existing unit: a code the organisation already uses is a
// Conflict, even when two people add it at the same moment.
func (s *Store) CreateUnit(ctx context.Context, u *domain.Unit) error {
	if err := validateUnit(*u); err != nil {
		return err
	}
	return s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, u.OrgID); err != nil {
			return wrap(err, "create unit %q", u.Code)
		}
		err := tx.q.QueryRowContext(ctx, insertUnit+` ON CONFLICT (org_id, code) DO NOTHING RETURNING id, version`,
			unitArgs(tx, *u)...).Scan(&u.ID, &u.Version)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Errorf(domain.Conflict, "mã cơ quan, đơn vị %q đã có", u.Code)
		}
		return wrap(err, "create unit %q", u.Code)
	})
}

// insertUnit inserts the values of unitArgs; SaveUnit and CreateUnit differ
// only in what a code already used does.
// Both write u's ChangedBy and ChangedAt as who added the unit, and when.
const insertUnit = `INSERT INTO units (org_id, code, name, name_fold, short_name, changed_by, changed_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7)`

func unitArgs(s *Store, u domain.Unit) []any {
	return []any{u.OrgID, u.Code, u.Name, domain.Fold(u.Name), u.ShortName, u.ChangedBy, s.timeArg(u.ChangedAt)}
}

func validateUnit(u domain.Unit) error {
	var p problems
	if u.OrgID == 0 {
		p.add("org", "chưa chọn đơn vị (tổ chức) của cơ quan")
	}
	if u.Code == "" {
		p.add("code", "chưa có mã cơ quan, đơn vị")
	}
	if u.Name == "" {
		p.add("name", "chưa có tên cơ quan, đơn vị")
	}
	return p.err("thông tin cơ quan, đơn vị chưa hợp lệ")
}

// Units returns the units of an organisation sorted by name as Vietnamese
// sorts.
func (s *Store) Units(ctx context.Context, orgID int64) ([]domain.Unit, error) {
	rows, err := s.q.QueryContext(ctx,
		`SELECT `+unitColumns+` FROM units WHERE org_id = $1`, orgID)
	if err != nil {
		return nil, fmt.Errorf("list units of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.Unit
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return nil, fmt.Errorf("list units of org %d: %w", orgID, err)
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list units of org %d: %w", orgID, err)
	}
	sortByName(out, func(u domain.Unit) string { return u.Name })
	return out, nil
}

const unitColumns = `id, org_id, code, name, short_name, version, changed_by, changed_at`

func scanUnit(r scanner) (domain.Unit, error) {
	var u domain.Unit
	err := r.Scan(&u.ID, &u.OrgID, &u.Code, &u.Name, &u.ShortName, &u.Version, &u.ChangedBy, timeCol{&u.ChangedAt})
	return u, err
}

// requireOrg returns an Invalid error when the organisation does not exist,
// instead of the foreign-key failure the database would give.
func (s *Store) requireOrg(ctx context.Context, orgID int64) error {
	var n int
	if err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM orgs WHERE id = $1`, orgID).Scan(&n); err != nil {
		return fmt.Errorf("check org %d: %w", orgID, err)
	}
	if n == 0 {
		return domain.InvalidInput("đơn vị (tổ chức) không tồn tại",
			[]domain.Problem{{Field: "org", Message: fmt.Sprintf("không có đơn vị (tổ chức) số %d", orgID)}})
	}
	return nil
}

// rowOfOrg reports whether table has a row id of the organisation.
func (s *Store) rowOfOrg(ctx context.Context, table string, orgID, id int64) (bool, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE id = $1 AND org_id = $2`, id, orgID).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("check %s %d: %w", table, id, err)
	}
	return n > 0, nil
}
