package web

import (
	"fmt"
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

// groupFigure is how many criteria of a group are met.
type groupFigure struct {
	Numeral, Name string
	Met, Total    int
}

// metCount is how many of the statuses are met.
func metCount(statuses map[int64]domain.Status) int {
	n := 0
	for _, st := range statuses {
		if st == domain.Met {
			n++
		}
	}
	return n
}

// groupFigures counts the met criteria of each group.
func groupFigures(prog domain.Program, statuses map[int64]domain.Status) []groupFigure {
	out := make([]groupFigure, 0, len(prog.Groups))
	for _, g := range prog.Groups {
		f := groupFigure{Numeral: g.Numeral, Name: g.Name, Total: len(g.Criteria)}
		for _, c := range g.Criteria {
			if statuses[c.ID] == domain.Met {
				f.Met++
			}
		}
		out = append(out, f)
	}
	return out
}

// monthlyMet counts the met criteria at the end of each month of p's year up
// to p's last month.
func monthlyMet(prog domain.Program, records map[int64][]domain.Progress, p domain.Period) []chartPoint {
	var out []chartPoint
	for m := 1; m <= p.LastMonth(); m++ {
		month := domain.Period{Kind: domain.Month, Year: p.Year, N: m}
		out = append(out, chartPoint{Label: "T" + strconv.Itoa(m), Name: fmt.Sprintf("Tháng %d/%d", m, p.Year),
			Value: metCount(prog.Statuses(records, month))})
	}
	return out
}

// missingGroup is the criteria without data that one lead names.
type missingGroup struct {
	Lead     string // the lead role as written
	Own      bool   // the signed-in staff member's unit leads them
	Units    []unitLink
	Criteria []missingCriterion
}

// unitLink is a unit with the data-entry grid of its criteria.
type unitLink struct {
	Name, Href string
}

type missingCriterion struct {
	Ref  string // "I.3"
	Text string
}

// missingByLead lists the criteria with no data in the period, grouped by
// their lead role as written, in program order, with the groups that
// ownUnit leads first.
func missingByLead(prog domain.Program, statuses map[int64]domain.Status, names map[int64]string, ownUnit int64, p domain.Period) []missingGroup {
	var groups []missingGroup
	index := map[string]int{}
	for _, g := range prog.Groups {
		for _, c := range g.Criteria {
			if statuses[c.ID] != domain.NoData {
				continue
			}
			lead := c.Roles.Lead.Text
			if lead == "" {
				lead = "Chưa ghi đơn vị chủ trì"
			}
			i, seen := index[lead]
			if !seen {
				i, index[lead] = len(groups), len(groups)
				groups = append(groups, newMissingGroup(lead, c.Roles.Lead.UnitIDs, names, ownUnit, p))
			}
			groups[i].Criteria = append(groups[i].Criteria, missingCriterion{Ref: domain.CriterionKey(g, c), Text: c.Text})
		}
	}
	own, others := []missingGroup{}, []missingGroup{}
	for _, mg := range groups {
		if mg.Own {
			own = append(own, mg)
		} else {
			others = append(others, mg)
		}
	}
	return append(own, others...)
}

func newMissingGroup(lead string, unitIDs []int64, names map[int64]string, ownUnit int64, p domain.Period) missingGroup {
	mg := missingGroup{Lead: lead}
	for _, id := range unitIDs {
		name, ok := names[id]
		if !ok {
			continue // a unit removed since; the words remain
		}
		q := url.Values{"period": {p.String()}, "unit": {strconv.FormatInt(id, 10)}}
		mg.Units = append(mg.Units, unitLink{Name: name, Href: "/data?" + q.Encode()})
		mg.Own = mg.Own || (ownUnit != 0 && id == ownUnit)
	}
	return mg
}
