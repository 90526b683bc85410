package storage

import (
	"context"
	"database/sql"

	"github.com/nq57/nq57/internal/domain"
)

// UnitOfOrg returns the unit with the given id if it belongs to the
// organisation; a unit of another organisation is NotFound, as is none.
func (s *Store) UnitOfOrg(ctx context.Context, orgID, id int64) (domain.Unit, error) {
	u, err := scanUnit(s.q.QueryRowContext(ctx, `SELECT `+unitColumns+` FROM units WHERE id = $1 AND org_id = $2`, id, orgID))
	if err != nil {
		return u, wrap(notFound(err, "không có cơ quan, đơn vị số %d", id), "load unit %d", id)
	}
	return u, nil
}

// RenameUnit writes u's names over the stored unit if it is still at
// u.Version, with u.ChangedBy and u.ChangedAt, and moves u to the next
// version. It reports false, writing nothing, when someone changed the unit
// since u.Version was read; the code never changes.
func (s *Store) RenameUnit(ctx context.Context, u *domain.Unit) (bool, error) {
	if err := validateUnit(*u); err != nil {
		return false, err
	}
	res, err := s.q.ExecContext(ctx, `UPDATE units SET name = $1, name_fold = $2, short_name = $3,
			version = version + 1, changed_by = $4, changed_at = $5
		WHERE id = $6 AND org_id = $7 AND version = $8`,
		u.Name, domain.Fold(u.Name), u.ShortName, u.ChangedBy, s.timeArg(u.ChangedAt), u.ID, u.OrgID, u.Version)
	return bumped(res, err, &u.Version, "rename unit %d", u.ID)
}

// oneRow reports whether a conditional UPDATE or DELETE changed its row.
func oneRow(res sql.Result, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// LockOrg holds the organisation's row until the transaction ends, so that
// writes which read several of the organisation's records before writing
// one take turns: those that read its units and then link criteria to them
// (adding or renaming a unit, saving criteria), and those that keep an
// active administrator (a role change, a disabling). SQLite's transactions
// take the whole database already.
func (s *Store) LockOrg(ctx context.Context, orgID int64) error {
	if s.engine == engineSQLite {
		return nil
	}
	// NO KEY UPDATE: rows that only refer to the organisation (audit entries,
	// sessions) are not held up.
	var id int64
	err := s.q.QueryRowContext(ctx, `SELECT id FROM orgs WHERE id = $1 FOR NO KEY UPDATE`, orgID).Scan(&id)
	return wrap(notFound(err, "không có đơn vị (tổ chức) số %d", orgID), "lock org %d", orgID)
}
