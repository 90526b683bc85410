package storage

import (
	"context"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

const userColumns = `id, org_id, unit_id, login, name, role, password_hash, must_change, disabled, created_at`

// SaveUser inserts the user (ID 0) or updates it, and sets u.ID. Logins are
// unique across all organisations, so that signing in needs no organisation.
func (s *Store) SaveUser(ctx context.Context, u *domain.User) error {
	u.Login = strings.ToLower(domain.NFC(u.Login))
	u.Name = domain.NFC(u.Name)
	if err := validateUser(*u); err != nil {
		return err
	}
	return s.WithTx(ctx, func(tx *Store) error { return tx.saveUser(ctx, u) })
}

func (s *Store) saveUser(ctx context.Context, u *domain.User) error {
	if err := s.requireOrg(ctx, u.OrgID); err != nil {
		return wrap(err, "save user %q", u.Login)
	}
	var taken int
	if err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE login = $1 AND id <> $2`, u.Login, u.ID).Scan(&taken); err != nil {
		return fmt.Errorf("check login %q: %w", u.Login, err)
	}
	if taken > 0 {
		return domain.Errorf(domain.Conflict, "tên đăng nhập %q đã có người dùng", u.Login)
	}
	if u.UnitID != 0 {
		if err := s.requireUnitOf(ctx, u.OrgID, u.UnitID); err != nil {
			return err
		}
	}
	if u.ID == 0 {
		err := s.q.QueryRowContext(ctx, `
			INSERT INTO users (org_id, unit_id, login, name, role, password_hash, must_change, disabled, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			u.OrgID, nullID(u.UnitID), u.Login, u.Name, string(u.Role), u.PasswordHash, u.MustChange, u.Disabled, s.timeArg(u.CreatedAt),
		).Scan(&u.ID)
		return wrap(err, "insert user %q", u.Login)
	}
	res, err := s.q.ExecContext(ctx, `
		UPDATE users SET org_id = $2, unit_id = $3, login = $4, name = $5, role = $6,
			password_hash = $7, must_change = $8, disabled = $9
		WHERE id = $1`,
		u.ID, u.OrgID, nullID(u.UnitID), u.Login, u.Name, string(u.Role), u.PasswordHash, u.MustChange, u.Disabled)
	return wrap(updated(res, err, "không có người dùng số %d", u.ID), "update user %d", u.ID)
}

func validateUser(u domain.User) error {
	var p problems
	if u.OrgID == 0 {
		p.add("org", "chưa chọn đơn vị (tổ chức) của người dùng")
	}
	if len(u.Login) < 3 || strings.ContainsAny(u.Login, " \t\n/\\") {
		p.add("login", "tên đăng nhập cần ít nhất 3 ký tự, không có dấu cách hay dấu gạch chéo")
	}
	if !u.Role.Valid() {
		p.add("role", fmt.Sprintf("vai trò %q không có (admin, leader, staff, viewer)", u.Role))
	}
	if u.Role == domain.RoleStaff && u.UnitID == 0 {
		p.add("unit", "cán bộ đơn vị cần được gắn với một cơ quan, đơn vị")
	}
	if u.PasswordHash == "" {
		p.add("password", "chưa có mật khẩu")
	}
	if u.CreatedAt.IsZero() {
		p.add("created_at", "chưa có thời điểm tạo")
	}
	return p.err("thông tin người dùng chưa hợp lệ")
}

// requireUnitOf checks that the unit belongs to the organisation.
func (s *Store) requireUnitOf(ctx context.Context, orgID, unitID int64) error {
	ok, err := s.rowOfOrg(ctx, "units", orgID, unitID)
	if err != nil {
		return err
	}
	if !ok {
		return domain.Errorf(domain.Invalid, "cơ quan, đơn vị số %d không thuộc đơn vị (tổ chức) này", unitID)
	}
	return nil
}

// UserByLogin returns the user with the login (case-insensitive).
func (s *Store) UserByLogin(ctx context.Context, login string) (domain.User, error) {
	login = strings.ToLower(domain.NFC(login))
	u, err := scanUser(s.q.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE login = $1`, login))
	return u, wrap(notFound(err, "không có người dùng %q", login), "load user %q", login)
}

// UserByID returns the user with the ID.
func (s *Store) UserByID(ctx context.Context, id int64) (domain.User, error) {
	u, err := scanUser(s.q.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = $1`, id))
	return u, wrap(notFound(err, "không có người dùng số %d", id), "load user %d", id)
}

// Users returns the users of an organisation, by login.
func (s *Store) Users(ctx context.Context, orgID int64) ([]domain.User, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT `+userColumns+` FROM users WHERE org_id = $1 ORDER BY login`, orgID)
	if err != nil {
		return nil, fmt.Errorf("list users of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("list users of org %d: %w", orgID, err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// CountUsers returns how many accounts exist, to tell a first start.
func (s *Store) CountUsers(ctx context.Context) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM users`).Scan(&n)
	return n, wrap(err, "count users")
}

func scanUser(r scanner) (domain.User, error) {
	var u domain.User
	var role string
	err := r.Scan(&u.ID, &u.OrgID, idCol{&u.UnitID}, &u.Login, &u.Name, &role, &u.PasswordHash,
		&u.MustChange, &u.Disabled, timeCol{&u.CreatedAt})
	u.Role = domain.UserRole(role)
	return u, err
}
