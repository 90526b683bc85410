package storage

import (
	"context"
	"fmt"
	"sort"

	"github.com/nq57/nq57/internal/domain"
)

const orgColumns = `id, parent_id, code, official_code, name, level, type, deactivated_at, deactivated_by`

// SaveOrg inserts the organisation, or updates the one with the same Code,
// and sets o.ID.
func (s *Store) SaveOrg(ctx context.Context, o *domain.Org) error {
	if err := validateOrg(*o); err != nil {
		return err
	}
	return s.WithTx(ctx, func(tx *Store) error { return tx.saveOrg(ctx, o) })
}

func (s *Store) saveOrg(ctx context.Context, o *domain.Org) error {
	if o.ParentID != 0 {
		if err := s.requireOrg(ctx, o.ParentID); err != nil {
			return wrap(err, "save org %q: parent", o.Code)
		}
	}
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO orgs (parent_id, code, official_code, name, name_fold, level, type)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (code) DO UPDATE SET
			parent_id = excluded.parent_id, official_code = excluded.official_code,
			name = excluded.name, name_fold = excluded.name_fold,
			level = excluded.level, type = excluded.type
		RETURNING id`,
		nullID(o.ParentID), o.Code, o.OfficialCode, o.Name, domain.Fold(o.Name), string(o.Level), string(o.Type),
	).Scan(&o.ID)
	if err != nil {
		return fmt.Errorf("save org %q: %w", o.Code, err)
	}
	return nil
}

func validateOrg(o domain.Org) error {
	var p problems
	if o.Code == "" {
		p.add("code", "chưa có mã đơn vị")
	}
	if o.Name == "" {
		p.add("name", "chưa có tên đơn vị")
	}
	if o.Level != "" && o.Level != domain.LevelProvince && o.Level != domain.LevelCommune {
		p.add("level", fmt.Sprintf("cấp %q không có (province hoặc commune)", o.Level))
	}
	return p.err("thông tin đơn vị (tổ chức) chưa hợp lệ")
}

// OrgByCode returns the organisation with the given code.
func (s *Store) OrgByCode(ctx context.Context, code string) (domain.Org, error) {
	o, err := scanOrg(s.q.QueryRowContext(ctx, `SELECT `+orgColumns+` FROM orgs WHERE code = $1`, code))
	if err != nil {
		return o, wrap(notFound(err, "không có đơn vị (tổ chức) mã %q", code), "load org %q", code)
	}
	return o, nil
}

// CommuneByCode returns the commune-level organisation (xã, phường, đặc
// khu) with the code, as the public pages address it: a province's code, or
// none, is NotFound with the message a visitor reads.
func (s *Store) CommuneByCode(ctx context.Context, code string) (domain.Org, error) {
	o, err := s.OrgByCode(ctx, code)
	if err == nil && o.Level != domain.LevelCommune {
		err = domain.Errorf(domain.NotFound, "org %q is not a commune", code)
	}
	if domain.IsNotFound(err) {
		return domain.Org{}, domain.Errorf(domain.NotFound, "Không có xã, phường, đặc khu nào mang mã “%s”. Hãy kiểm tra lại đường dẫn.", code)
	}
	return o, err
}

// OrgByID returns the organisation with the given id.
func (s *Store) OrgByID(ctx context.Context, id int64) (domain.Org, error) {
	o, err := scanOrg(s.q.QueryRowContext(ctx, `SELECT `+orgColumns+` FROM orgs WHERE id = $1`, id))
	if err != nil {
		return o, wrap(notFound(err, "không có đơn vị (tổ chức) số %d", id), "load org %d", id)
	}
	return o, nil
}

// Orgs returns the organisations directly under parentID (0: the provinces
// and other top-level organisations), sorted by name as Vietnamese sorts.
func (s *Store) Orgs(ctx context.Context, parentID int64) ([]domain.Org, error) {
	query, args := `SELECT `+orgColumns+` FROM orgs WHERE parent_id IS NULL`, []any{}
	if parentID != 0 {
		query, args = `SELECT `+orgColumns+` FROM orgs WHERE parent_id = $1`, []any{parentID}
	}
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list orgs under %d: %w", parentID, err)
	}
	defer rows.Close()
	var out []domain.Org
	for rows.Next() {
		o, err := scanOrg(rows)
		if err != nil {
			return nil, fmt.Errorf("list orgs under %d: %w", parentID, err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list orgs under %d: %w", parentID, err)
	}
	sortByName(out, func(o domain.Org) string { return o.Name })
	return out, nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanOrg(r scanner) (domain.Org, error) {
	var o domain.Org
	var level, typ string
	err := r.Scan(&o.ID, idCol{&o.ParentID}, &o.Code, &o.OfficialCode, &o.Name, &level, &typ,
		timeCol{&o.DeactivatedAt}, &o.DeactivatedBy)
	o.Level, o.Type = domain.OrgLevel(level), domain.CommuneType(typ)
	return o, err
}

// sortByName sorts items by name in Vietnamese order. Databases collate
// Vietnamese differently (or not at all), so the order is made here.
func sortByName[T any](items []T, name func(T) string) {
	c := domain.NewCollator()
	sort.SliceStable(items, func(i, j int) bool {
		return c.CompareString(name(items[i]), name(items[j])) < 0
	})
}
