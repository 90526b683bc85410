package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// revision is a row's version and who changed it last, and when.
type revision struct {
	version int64 // 0 for a row that was not stored before
	by      string
	at      time.Time
}

// stampChanges gives every row of p that the save added or changed a new
// version and p's ChangedBy and ChangedAt, and copies the stored ones into p
// for the rows that stayed the same. before is the program as it was stored
// (zero when new).
func (s *Store) stampChanges(ctx context.Context, before domain.Program, p *domain.Program) error {
	stamp := revision{by: p.ChangedBy, at: p.ChangedAt}
	var had revision
	if before.ID != 0 {
		had = revision{before.Version, before.ChangedBy, before.ChangedAt}
	}
	same := before.ID != 0 && before.Date.Equal(p.Date) && before.IssuingBody == p.IssuingBody &&
		before.Title == p.Title && before.Year == p.Year
	v, err := s.stamp(ctx, "programs", p.ID, had, same, stamp)
	if err != nil {
		return err
	}
	p.Version, p.ChangedBy, p.ChangedAt = v.version, v.by, v.at
	groups := map[string]domain.Group{}
	criteria := map[string]domain.Criterion{}
	for _, g := range before.Groups {
		groups[g.Numeral] = g
		for _, c := range g.Criteria {
			criteria[domain.CriterionKey(g, c)] = c
		}
	}
	for gi := range p.Groups {
		g := &p.Groups[gi]
		old, ok := groups[g.Numeral]
		if v, err = s.stamp(ctx, "program_groups", g.ID, revisionOf(ok, old.Version, old.ChangedBy, old.ChangedAt), ok && old.Name == g.Name, stamp); err != nil {
			return err
		}
		g.Version, g.ChangedBy, g.ChangedAt = v.version, v.by, v.at
		for ci := range g.Criteria {
			c := &g.Criteria[ci]
			old, ok := criteria[domain.CriterionKey(*g, *c)]
			if v, err = s.stamp(ctx, "criteria", c.ID, revisionOf(ok, old.Version, old.ChangedBy, old.ChangedAt), ok && domain.SameCriterion(old, *c), stamp); err != nil {
				return err
			}
			c.Version, c.ChangedBy, c.ChangedAt = v.version, v.by, v.at
		}
	}
	return nil
}

func revisionOf(stored bool, version int64, by string, at time.Time) revision {
	if !stored {
		return revision{}
	}
	return revision{version, by, at}
}

// stamp writes the revision of row id of table after a save: the stored one
// when the row is unchanged, version 1 for a new row, the next version for a
// changed one, with who saved and when.
func (s *Store) stamp(ctx context.Context, table string, id int64, had revision, same bool, by revision) (revision, error) {
	if same {
		return had, nil
	}
	next := revision{version: had.version + 1, by: by.by, at: by.at.UTC().Truncate(time.Microsecond)}
	if by.at.IsZero() {
		next.at = time.Time{}
	}
	_, err := s.q.ExecContext(ctx, `UPDATE `+table+` SET version = $1, changed_by = $2, changed_at = $3 WHERE id = $4`,
		next.version, next.by, s.timeArg(next.at), id)
	if err != nil {
		return had, fmt.Errorf("stamp %s %d: %w", table, id, err)
	}
	return next, nil
}
