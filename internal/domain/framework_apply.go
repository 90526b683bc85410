package domain

// ApplyFramework returns the commune's program p brought up to the
// framework fw, as FrameworkChanges describes: a keyed criterion fw still
// has takes fw's text and targets and keeps its place, number, roles and
// values; one fw no longer has is deleted, or, if it has values
// (withData), kept as the commune's own with its key cleared; one fw adds
// goes at the end of the group with fw's numeral (added if p lacks it),
// numbered after the group's last, its role words linked to the commune's
// units. The commune's own criteria stay as they are. p is not changed.
func ApplyFramework(p, fw Program, withData map[int64]bool, units []Unit) Program {
	theirs := byFrameworkKey(fw)
	mine := byFrameworkKey(p)
	next := p
	next.Groups = make([]Group, len(p.Groups))
	for gi, g := range p.Groups {
		criteria := make([]Criterion, 0, len(g.Criteria))
		for _, c := range g.Criteria {
			c.Targets = append([]Target(nil), c.Targets...)
			if c.FrameworkKey != "" {
				f, ok := theirs[c.FrameworkKey]
				switch {
				case ok:
					c.Text, c.Targets = f.criterion.Text, append([]Target(nil), f.criterion.Targets...)
				case withData[c.ID]:
					c.FrameworkKey = ""
				default:
					continue
				}
			}
			criteria = append(criteria, c)
		}
		g.Criteria = criteria
		next.Groups[gi] = g
	}
	for _, g := range fw.Groups {
		for _, f := range g.Criteria {
			if _, ok := mine[f.FrameworkKey]; !ok {
				next.addAdopted(g, f, units)
			}
		}
	}
	return next
}

// addAdopted adds the framework criterion f of group g to the end of p's
// group with g's numeral, numbered after its last criterion.
func (p *Program) addAdopted(g Group, f Criterion, units []Unit) {
	gi := -1
	for i := range p.Groups {
		if p.Groups[i].Numeral == g.Numeral {
			gi = i
		}
	}
	if gi < 0 {
		p.Groups = append(p.Groups, Group{Numeral: g.Numeral, Name: g.Name})
		gi = len(p.Groups) - 1
	}
	number := 0
	for _, c := range p.Groups[gi].Criteria {
		number = max(number, c.Number)
	}
	p.Groups[gi].Criteria = append(p.Groups[gi].Criteria, AdoptedCriterion(f, number+1, units))
}

// AdoptedCriterion is the framework criterion f as a commune adopts it,
// numbered number: the same text, targets, role words and key, each role
// linked to the commune's units its words name.
func AdoptedCriterion(f Criterion, number int, units []Unit) Criterion {
	link := func(r Role) Role { return Role{Text: r.Text, UnitIDs: MatchUnits(r.Text, units)} }
	return Criterion{Number: number, Text: f.Text, Targets: append([]Target(nil), f.Targets...), FrameworkKey: f.FrameworkKey,
		Roles: Roles{Monitoring: link(f.Roles.Monitoring), Lead: link(f.Roles.Lead), Coordinating: link(f.Roles.Coordinating)}}
}

// AdoptFramework returns the commune's new program made from the framework
// fw: fw's header, groups and criteria with their keys, each role linked to
// the commune's units its words name (MatchUnits).
func AdoptFramework(fw Program, orgID int64, units []Unit) Program {
	out := Program{OrgID: orgID, Number: fw.Number, Date: fw.Date, IssuingBody: fw.IssuingBody, Title: fw.Title, Year: fw.Year,
		FrameworkID: fw.ID, FrameworkVersion: fw.Revision}
	for _, g := range fw.Groups {
		ng := Group{Numeral: g.Numeral, Name: g.Name}
		for _, c := range g.Criteria {
			ng.Criteria = append(ng.Criteria, AdoptedCriterion(c, c.Number, units))
		}
		out.Groups = append(out.Groups, ng)
	}
	return out
}
