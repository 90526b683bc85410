package stats

import (
	"sort"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// kindRows lists every kind, with zeros for kinds nothing was received of,
// so that the tables always read the same.
func kindRows(m map[domain.SubmissionKind]*domain.SubmissionCounts) []KindFigures {
	out := make([]KindFigures, 0, len(domain.SubmissionKinds))
	for _, k := range domain.SubmissionKinds {
		row := KindFigures{Kind: k}
		if c := m[k]; c != nil {
			row.SubmissionCounts = *c
		}
		out = append(out, row)
	}
	return out
}

// unitRows names the units and sorts them as a Vietnamese reader expects,
// with the submissions not yet assigned last.
func unitRows(m map[int64]*domain.SubmissionCounts, units []domain.Unit) []UnitFigures {
	names := make(map[int64]string, len(units))
	for _, u := range units {
		names[u.ID] = unitName(u)
	}
	out := make([]UnitFigures, 0, len(m))
	for id, c := range m {
		name := names[id]
		switch {
		case id == 0:
			name = Unassigned
		case name == "":
			name = "Đơn vị số " + strconv.FormatInt(id, 10)
		}
		out = append(out, UnitFigures{UnitID: id, Name: name, SubmissionCounts: *c})
	}
	col := domain.NewCollator()
	sort.Slice(out, func(i, j int) bool {
		if (out[i].UnitID == 0) != (out[j].UnitID == 0) {
			return out[j].UnitID == 0
		}
		return col.CompareString(out[i].Name, out[j].Name) < 0
	})
	return out
}

func unitName(u domain.Unit) string {
	if u.Name != "" {
		return u.Name
	}
	return u.ShortName
}

// monthRows lists every month from the month of from to the month of to.
func monthRows(m map[domain.Period]*domain.SubmissionCounts, from, to time.Time) []MonthFigures {
	var out []MonthFigures
	last := domain.MonthPeriod(to.Year(), to.Month())
	for p := domain.MonthPeriod(from.Year(), from.Month()); !p.Start().After(last.Start()); p = nextMonth(p) {
		row := MonthFigures{Month: p}
		if c := m[p]; c != nil {
			row.SubmissionCounts = *c
		}
		out = append(out, row)
	}
	return out
}

func nextMonth(p domain.Period) domain.Period {
	next := p.Start().AddDate(0, 1, 0)
	return domain.MonthPeriod(next.Year(), next.Month())
}
