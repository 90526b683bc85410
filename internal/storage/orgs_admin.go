package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// CreateOrg inserts a new organisation and sets o.ID. Unlike SaveOrg it
// never changes one that exists: a code already taken is a Conflict naming
// the field "code", also when two people add it at the same moment (the
// unique index decides).
func (s *Store) CreateOrg(ctx context.Context, o *domain.Org) error {
	if err := validateOrg(*o); err != nil {
		return err
	}
	return s.WithTx(ctx, func(tx *Store) error {
		if o.ParentID != 0 {
			if err := tx.requireOrg(ctx, o.ParentID); err != nil {
				return wrap(err, "create org %q: parent", o.Code)
			}
		}
		err := tx.q.QueryRowContext(ctx, `
			INSERT INTO orgs (parent_id, code, official_code, name, name_fold, level, type)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (code) DO NOTHING RETURNING id`,
			nullID(o.ParentID), o.Code, o.OfficialCode, o.Name, domain.Fold(o.Name), string(o.Level), string(o.Type),
		).Scan(&o.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.InvalidInput("mã đơn vị đã có", []domain.Problem{{Field: "code", Message: fmt.Sprintf("Mã “%s” đã dùng cho một đơn vị khác.", o.Code)}})
		}
		return wrap(err, "create org %q", o.Code)
	})
}

// OrgByOfficialCode returns the organisation with the official code (of QĐ
// 19/2025/QĐ-TTg); NotFound when none has it.
func (s *Store) OrgByOfficialCode(ctx context.Context, code string) (domain.Org, error) {
	o, err := scanOrg(s.q.QueryRowContext(ctx, `SELECT `+orgColumns+` FROM orgs WHERE official_code = $1 AND official_code <> '' ORDER BY id LIMIT 1`, code))
	if err != nil {
		return o, wrap(notFound(err, "không có đơn vị (tổ chức) mã định danh %q", code), "load org of official code %q", code)
	}
	return o, nil
}

// DeactivateOrg marks an active organisation deactivated at the time, by
// the person named. It reports false, changing nothing, when the
// organisation was deactivated already; an unknown id is NotFound.
func (s *Store) DeactivateOrg(ctx context.Context, id int64, at time.Time, by string) (bool, error) {
	res, err := s.q.ExecContext(ctx, `UPDATE orgs SET deactivated_at = $2, deactivated_by = $3 WHERE id = $1 AND deactivated_at IS NULL`,
		id, s.timeArg(at), by)
	if err != nil {
		return false, fmt.Errorf("deactivate org %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("deactivate org %d: %w", id, err)
	}
	if n == 0 {
		_, err := s.OrgByID(ctx, id)
		return false, err
	}
	return true, nil
}

// UserCountsUnder returns how many accounts each organisation directly
// under parentID has, active or not, by organisation id (none: absent).
func (s *Store) UserCountsUnder(ctx context.Context, parentID int64) (map[int64]int, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT u.org_id, COUNT(*) FROM users u JOIN orgs o ON o.id = u.org_id
		WHERE o.parent_id = $1 GROUP BY u.org_id`, parentID)
	if err != nil {
		return nil, fmt.Errorf("count users under org %d: %w", parentID, err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("count users under org %d: %w", parentID, err)
		}
		out[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count users under org %d: %w", parentID, err)
	}
	return out, nil
}
