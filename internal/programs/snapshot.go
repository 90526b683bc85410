package programs

import "github.com/nq57/nq57/internal/domain"

// programSnapshot is what the audit log keeps of a program: what a person
// reads, not the database's IDs.
type programSnapshot struct {
	Number      string
	Date        string
	IssuingBody string
	Title       string
	Year        int
	Groups      []string            `json:",omitempty"` // "I. Phát triển hạ tầng"
	Criteria    []criterionSnapshot `json:",omitempty"`
}

// criterionSnapshot is what the audit log keeps of a criterion.
type criterionSnapshot struct {
	Key          string // "II.4"
	Text         string
	Targets      string
	Monitoring   string
	Lead         string
	Coordinating string
}

// groupSnapshot is what the audit log keeps of a group.
type groupSnapshot struct{ Numeral, Name string }

// headerSnapshot is the program without its groups.
func headerSnapshot(p domain.Program) programSnapshot {
	date := ""
	if !p.Date.IsZero() {
		date = p.Date.Format("02/01/2006")
	}
	return programSnapshot{Number: p.Number, Date: date, IssuingBody: p.IssuingBody, Title: p.Title, Year: p.Year}
}

// fullSnapshot is the program with every group and criterion.
func fullSnapshot(p domain.Program) programSnapshot {
	out := headerSnapshot(p)
	for _, g := range p.Groups {
		out.Groups = append(out.Groups, g.Numeral+". "+g.Name)
		for _, c := range g.Criteria {
			out.Criteria = append(out.Criteria, snapshotCriterion(g, c))
		}
	}
	return out
}

func snapshotCriterion(g domain.Group, c domain.Criterion) criterionSnapshot {
	return criterionSnapshot{
		Key: domain.CriterionKey(g, c), Text: c.Text, Targets: domain.FormatTargets(c.Targets),
		Monitoring: c.Roles.Monitoring.Text, Lead: c.Roles.Lead.Text, Coordinating: c.Roles.Coordinating.Text,
	}
}
