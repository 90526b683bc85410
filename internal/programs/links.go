package programs

import (
	"context"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// The one rule of linking a criterion's roles to the organisation's units:
// a role is linked to the units its words name (domain.MatchUnits); a role
// whose words stay as they were keeps, besides, the units it was linked to.
// A unit renamed since is the same body, and its staff must not lose their
// criteria because its name was corrected, whatever is saved next (another
// unit added, the criterion's text edited, the program imported again).
// Words that change are linked afresh.

// linkRole links role to the units its words name, keeping those of was
// when the words are was's.
func linkRole(role *domain.Role, was domain.Role, units []domain.Unit) {
	ids := domain.MatchUnits(role.Text, units)
	if role.Text == was.Text {
		for _, id := range was.UnitIDs {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	role.UnitIDs = ids
}

// linkCriterion links the roles of c, which was was before the save (zero
// for a new criterion).
func linkCriterion(c *domain.Criterion, was domain.Criterion, units []domain.Unit) {
	linkRole(&c.Roles.Monitoring, was.Roles.Monitoring, units)
	linkRole(&c.Roles.Lead, was.Roles.Lead, units)
	linkRole(&c.Roles.Coordinating, was.Roles.Coordinating, units)
}

// linkUnits links the roles of every criterion of p, which is saved over
// old (zero for a new program); criteria are matched by key ("II.4"), as
// the store matches them.
func linkUnits(p *domain.Program, old domain.Program, units []domain.Unit) {
	was := map[string]domain.Criterion{}
	for _, g := range old.Groups {
		for _, c := range g.Criteria {
			was[domain.CriterionKey(g, c)] = c
		}
	}
	for gi := range p.Groups {
		g := &p.Groups[gi]
		for ci := range g.Criteria {
			linkCriterion(&g.Criteria[ci], was[domain.CriterionKey(*g, g.Criteria[ci])], units)
		}
	}
}

// RelinkUnits links the roles of every criterion of the organisation to its
// units again, on tx, by the rule above, and returns how many criteria
// changed links. A use case that adds or renames a unit calls it in its own
// transaction, so that the unit's staff see at once the criteria whose words
// name it. The words stay, so no link is lost. The caller holds the
// organisation (storage.LockOrg).
func RelinkUnits(ctx context.Context, tx *storage.Store, orgID int64) (int, error) {
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
		role := domain.Role{Text: l.Text}
		linkRole(&role, domain.Role{Text: l.Text, UnitIDs: l.UnitIDs}, units)
		if domain.SameUnits(role.UnitIDs, l.UnitIDs) {
			continue
		}
		l.UnitIDs = role.UnitIDs
		if err := tx.SetRoleUnits(ctx, l); err != nil {
			return 0, err
		}
		changed[l.CriterionID] = true
	}
	return len(changed), nil
}
