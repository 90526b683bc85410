package commune

import (
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
)

// missingGroup is the criteria without data that one lead names, with the
// data-entry grid of each unit the lead names.
type missingGroup struct {
	Lead     string // the lead role as written
	Own      bool   // the signed-in staff member's unit leads them
	Units    []unitLink
	Criteria []reporting.MissingCriterion
}

// unitLink is a unit with the data-entry grid of its criteria.
type unitLink struct {
	Name, Href string
}

func newMissingGroup(mg reporting.MissingGroup, names map[int64]string, p domain.Period) missingGroup {
	out := missingGroup{Lead: mg.Lead, Own: mg.Own, Criteria: mg.Criteria}
	for _, id := range mg.UnitIDs {
		name, ok := names[id]
		if !ok {
			continue // a unit removed since; the words remain
		}
		q := url.Values{"period": {p.String()}, "unit": {strconv.FormatInt(id, 10)}}
		out.Units = append(out.Units, unitLink{Name: name, Href: "/data?" + q.Encode()})
	}
	return out
}
