package programs

import (
	"context"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// linkUnits matches each role's words to the organisation's units; the
// words stay as written.
func linkUnits(p *domain.Program, units []domain.Unit) {
	for gi := range p.Groups {
		for ci := range p.Groups[gi].Criteria {
			linkCriterion(&p.Groups[gi].Criteria[ci], units)
		}
	}
}

func linkCriterion(c *domain.Criterion, units []domain.Unit) {
	for _, role := range []*domain.Role{&c.Roles.Monitoring, &c.Roles.Lead, &c.Roles.Coordinating} {
		role.UnitIDs = domain.MatchUnits(role.Text, units)
	}
}

// RelinkUnits matches the roles' words of every criterion of the
// organisation to its units again, on tx, and returns how many criteria
// changed links. A use case that adds or renames a unit calls it in its own
// transaction, so that a new unit's staff see at once the criteria whose
// words name it. The links of unit keep stay even where its names no longer
// match the words: a renamed unit is the same body, and its staff must not
// lose their criteria because a name was corrected (0 keeps nothing). The
// caller holds the organisation (storage.LockOrg).
func RelinkUnits(ctx context.Context, tx *storage.Store, orgID, keep int64) (int, error) {
	units, err := tx.Units(ctx, orgID)
	if err != nil {
		return 0, err
	}
	links, err := tx.RoleLinks(ctx, orgID)
	if err != nil {
		return 0, err
	}
	changed := map[int64]bool{}
	for _, l := range links {
		ids := domain.MatchUnits(l.Text, units)
		if keep != 0 && slices.Contains(l.UnitIDs, keep) && !slices.Contains(ids, keep) {
			ids = append(ids, keep)
		}
		if domain.SameUnits(ids, l.UnitIDs) {
			continue
		}
		l.UnitIDs = ids
		if err := tx.SetRoleUnits(ctx, l); err != nil {
			return 0, err
		}
		changed[l.CriterionID] = true
	}
	return len(changed), nil
}
