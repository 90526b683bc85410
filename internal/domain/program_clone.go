package domain

// CloneFor returns a copy of the program for the organisation orgID: the
// same header, groups, criteria, targets and role words, with no IDs,
// versions or authors (a program not stored yet), and each role's unit
// links moved from the units of p's organisation (from) to the units of
// orgID (to) with the same code. A link to a unit that to has no code for
// is left out: the role keeps its words, which name the unit for a person
// and link it when the organisation adds it. The copy shares no slice with
// p.
func (p Program) CloneFor(orgID int64, from, to []Unit) Program {
	remap := unitsByCode(from, to)
	out := Program{OrgID: orgID, Number: p.Number, Date: p.Date, IssuingBody: p.IssuingBody, Title: p.Title, Year: p.Year}
	out.Groups = make([]Group, len(p.Groups))
	for gi, g := range p.Groups {
		criteria := make([]Criterion, len(g.Criteria))
		for ci, c := range g.Criteria {
			criteria[ci] = Criterion{
				Number: c.Number, Text: c.Text, Position: c.Position, FrameworkKey: c.FrameworkKey,
				Targets: append([]Target(nil), c.Targets...),
				Roles: Roles{
					Monitoring:   c.Roles.Monitoring.remapped(remap),
					Lead:         c.Roles.Lead.remapped(remap),
					Coordinating: c.Roles.Coordinating.remapped(remap),
				},
			}
		}
		out.Groups[gi] = Group{Numeral: g.Numeral, Name: g.Name, Position: g.Position, Criteria: criteria}
	}
	return out
}

// unitsByCode maps the ID of each unit of from to the ID of the unit of to
// with the same code.
func unitsByCode(from, to []Unit) map[int64]int64 {
	byCode := make(map[string]int64, len(to))
	for _, u := range to {
		byCode[u.Code] = u.ID
	}
	out := make(map[int64]int64, len(from))
	for _, u := range from {
		if id, ok := byCode[u.Code]; ok {
			out[u.ID] = id
		}
	}
	return out
}

// remapped returns the role with its unit links moved by remap, dropping a
// link remap has no unit for.
func (r Role) remapped(remap map[int64]int64) Role {
	out := Role{Text: r.Text}
	for _, id := range r.UnitIDs {
		if to, ok := remap[id]; ok {
			out.UnitIDs = append(out.UnitIDs, to)
		}
	}
	return out
}
