package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

const userColumns = `id, org_id, unit_id, login, name, role, password_hash, must_change, disabled, email, created_at, version, changed_by, changed_at`

// SaveUser inserts the user (ID 0: u.ID and u.Version are set) or updates
// it (see UpdateUser). Logins are unique across all organisations, so that
// signing in needs no organisation.
func (s *Store) SaveUser(ctx context.Context, u *domain.User) error {
	if u.ID != 0 {
		return s.UpdateUser(ctx, u)
	}
	u.Login = strings.ToLower(domain.NFC(u.Login))
	u.Name = domain.NFC(u.Name)
	if err := validateUser(*u); err != nil {
		return err
	}
	return s.WithTx(ctx, func(tx *Store) error { return tx.insertUser(ctx, u) })
}

// insertUser adds the account. A login already taken is a Conflict, also
// when two people add it at the same moment (the unique index decides).
func (s *Store) insertUser(ctx context.Context, u *domain.User) error {
	if err := s.requireOrg(ctx, u.OrgID); err != nil {
		return wrap(err, "save user %q", u.Login)
	}
	if err := s.requireStaffUnit(ctx, *u); err != nil {
		return err
	}
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO users (org_id, unit_id, login, name, role, password_hash, must_change, disabled, created_at, changed_by, changed_at, email)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (login) DO NOTHING RETURNING id, version`,
		u.OrgID, nullID(u.UnitID), u.Login, u.Name, string(u.Role), u.PasswordHash, u.MustChange, u.Disabled,
		s.timeArg(u.CreatedAt), u.ChangedBy, s.timeArg(u.ChangedAt), u.Email,
	).Scan(&u.ID, &u.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Errorf(domain.Conflict, "tên đăng nhập %q đã có người dùng", u.Login)
	}
	return wrap(err, "insert user %q", u.Login)
}

// UpdateUser saves what may change of an account (unit, name, role,
// password, must-change, disabled, and who changed it when) if it is still
// at u.Version, and moves it to the next version. Its organisation and login
// never change. An account changed by someone else since u was read is
// refused as Stale, naming who changed it, when, and what it is now.
func (s *Store) UpdateUser(ctx context.Context, u *domain.User) error {
	u.Name = domain.NFC(u.Name)
	if err := validateUser(*u); err != nil {
		return err
	}
	return s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireStaffUnit(ctx, *u); err != nil {
			return err
		}
		res, err := tx.q.ExecContext(ctx, `
			UPDATE users SET unit_id = $3, name = $4, role = $5, password_hash = $6, must_change = $7, disabled = $8,
				version = version + 1, changed_by = $9, changed_at = $10, email = $12
			WHERE id = $1 AND org_id = $2 AND version = $11`,
			u.ID, u.OrgID, nullID(u.UnitID), u.Name, string(u.Role), u.PasswordHash, u.MustChange, u.Disabled,
			u.ChangedBy, s.timeArg(u.ChangedAt), u.Version, u.Email)
		if err := updated(res, err, "không có người dùng số %d", u.ID); err != nil {
			if domain.IsNotFound(err) {
				return tx.staleUser(ctx, *u)
			}
			return wrap(err, "update user %d", u.ID)
		}
		u.Version++
		return nil
	})
}

// staleUser explains why an update changed no row: the account is not the
// organisation's (NotFound), or someone saved it after it was read (Stale).
func (s *Store) staleUser(ctx context.Context, u domain.User) error {
	now, err := s.UserByID(ctx, u.ID)
	if err != nil {
		return err
	}
	if now.OrgID != u.OrgID {
		return domain.Errorf(domain.NotFound, "không có người dùng số %d", u.ID)
	}
	org, err := s.OrgByID(ctx, now.OrgID)
	if err != nil {
		return err
	}
	return domain.StaleRecord("tài khoản "+now.Login, domain.Revision{Version: now.Version, By: now.ChangedBy, At: now.ChangedAt, Value: now.Summary(org.Level)})
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
	if u.PasswordHash == "" {
		p.add("password", "chưa có mật khẩu")
	}
	if u.CreatedAt.IsZero() {
		p.add("created_at", "chưa có thời điểm tạo")
	}
	return p.err("thông tin người dùng chưa hợp lệ")
}

// requireStaffUnit checks the account's unit: one of its organisation, and
// given to a commune's unit staff, who enter the data of their unit's
// criteria. A province's staff (chuyên viên) work for no unit.
func (s *Store) requireStaffUnit(ctx context.Context, u domain.User) error {
	if u.UnitID != 0 {
		return s.requireUnitOf(ctx, u.OrgID, u.UnitID)
	}
	if u.Role != domain.RoleStaff {
		return nil
	}
	var level string
	if err := s.q.QueryRowContext(ctx, `SELECT level FROM orgs WHERE id = $1`, u.OrgID).Scan(&level); err != nil {
		return wrap(notFound(err, "không có đơn vị (tổ chức) số %d", u.OrgID), "check the unit of user %q", u.Login)
	}
	if domain.OrgLevel(level) == domain.LevelProvince {
		return nil
	}
	return domain.InvalidInput("thông tin người dùng chưa hợp lệ",
		[]domain.Problem{{Field: "unit", Message: "cán bộ đơn vị cần được gắn với một cơ quan, đơn vị"}})
}

// requireUnitOf checks that the unit belongs to the organisation.
func (s *Store) requireUnitOf(ctx context.Context, orgID, unitID int64) error {
	ok, err := s.rowOfOrg(ctx, "units", orgID, unitID)
	if err != nil {
		return err
	}
	if !ok {
		return domain.InvalidInput("cơ quan, đơn vị không thuộc đơn vị (tổ chức) này",
			[]domain.Problem{{Field: "unit", Message: fmt.Sprintf("cơ quan, đơn vị số %d không thuộc đơn vị (tổ chức) này", unitID)}})
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

// ActiveAdmins counts the organisation's administrators who may sign in.
func (s *Store) ActiveAdmins(ctx context.Context, orgID int64) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE org_id = $1 AND role = $2 AND NOT disabled`,
		orgID, string(domain.RoleAdmin)).Scan(&n)
	return n, wrap(err, "count administrators of org %d", orgID)
}

func scanUser(r scanner) (domain.User, error) {
	var u domain.User
	var role string
	err := r.Scan(&u.ID, &u.OrgID, idCol{&u.UnitID}, &u.Login, &u.Name, &role, &u.PasswordHash,
		&u.MustChange, &u.Disabled, &u.Email, timeCol{&u.CreatedAt}, &u.Version, &u.ChangedBy, timeCol{&u.ChangedAt})
	u.Role = domain.UserRole(role)
	return u, err
}
