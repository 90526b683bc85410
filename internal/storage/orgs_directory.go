package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// Communes returns the active commune-level organisations (xã, phường, đặc
// khu; a deactivated one is no longer offered to the public) whose name,
// code or province's name holds the folded words of query (accents and case
// ignored; "" for all), sorted by name as Vietnamese sorts, at most limit of
// them (0: all), and how many match in all.
func (s *Store) Communes(ctx context.Context, query string, limit int) ([]domain.Org, int, error) {
	like := "%" + escapeLike(domain.Fold(query)) + "%"
	rows, err := s.q.QueryContext(ctx, `
		SELECT o.id, o.parent_id, o.code, o.official_code, o.name, o.level, o.type, o.deactivated_at, o.deactivated_by
		FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id
		WHERE o.level = $1 AND o.deactivated_at IS NULL AND (o.name_fold LIKE $2 ESCAPE '\' OR o.code LIKE $2 ESCAPE '\' OR p.name_fold LIKE $2 ESCAPE '\')`,
		string(domain.LevelCommune), like)
	if err != nil {
		return nil, 0, fmt.Errorf("list communes matching %q: %w", query, err)
	}
	defer rows.Close()
	var out []domain.Org
	for rows.Next() {
		o, err := scanOrg(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("list communes matching %q: %w", query, err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("list communes matching %q: %w", query, err)
	}
	sortByName(out, func(o domain.Org) string { return o.Name })
	total := len(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, total, nil
}
