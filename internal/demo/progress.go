package demo

import (
	"math"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// firstMet is the month in which each of the seed's 8 criteria was first met:
// 2 in January, 5 by February, all 8 in March. The demo shows the status
// carrying forward: a criterion met in February has no new record in March.
var firstMet = map[string]int{
	"I.7": 1, "III.1": 1,
	"I.1": 2, "II.1": 2, "III.5": 2,
	"I.4": 3, "II.4": 3, "III.3": 3,
}

// progress returns the demo's progress records for January to March 2026.
// Criteria not met in March either have no data at all (every third one, and
// one qualitative criterion) or values short of their targets, some of them
// updated in March.
func progress(criteria []demoCriterion) []domain.Progress {
	var out []domain.Progress
	for i, dc := range criteria {
		c := dc.criterion
		key := dc.group + "." + strconv.Itoa(c.Number)
		if month, ok := firstMet[key]; ok {
			if month > 1 {
				out = append(out, record(c, 1, 0.7, false))
			}
			out = append(out, record(c, month, 1, true))
			continue
		}
		switch {
		case c.Qualitative() && i%2 == 0:
			continue
		case c.Qualitative():
			out = append(out, record(c, 2, 0, false))
		case i%3 == 0:
			continue
		case i%3 == 1:
			out = append(out, record(c, 1, 0.6, false), record(c, 3, 0.85, false))
		default:
			out = append(out, record(c, 2, 0.75, false))
		}
	}
	return out
}

// record is a progress record for month m of 2026: values that meet every
// target, or that reach the given share of each target.
func record(c domain.Criterion, m int, share float64, met bool) domain.Progress {
	p := domain.Progress{
		CriterionID: c.ID,
		Period:      domain.MonthPeriod(2026, time.Month(m)),
		RecordedBy:  c.Roles.Lead.Text,
		RecordedAt:  time.Date(2026, time.Month(m), 20, 9, 0, 0, 0, domain.Vietnam).UTC(),
		Note:        "Số liệu demo",
	}
	if c.Qualitative() {
		p.Met = domain.Bool(met)
		return p
	}
	for _, t := range c.Targets {
		p.Values = append(p.Values, measurement(t, share, met))
	}
	if met {
		p.Evidence = "Báo cáo của " + c.Roles.Lead.Text + " tháng " + strconv.Itoa(m) + "/2026"
	}
	return p
}

// measurement returns a value for target t: one that meets it, or one at the
// given share of its threshold (below it, or above it for an upper bound).
func measurement(t domain.Target, share float64, met bool) domain.Measurement {
	if t.Percent() && t.Comparator == domain.Equal {
		const staff = 42.0
		num := staff
		if !met {
			num = math.Floor(staff * share)
		}
		return domain.Measurement{Numerator: domain.Float(num), Denominator: domain.Float(staff)}
	}
	var v float64
	switch {
	case met && t.Percent():
		v = math.Min(100, t.Threshold+2.5)
	case met:
		v = t.Threshold + 1
	case t.Comparator == domain.AtMost || t.Comparator == domain.Below:
		v = t.Threshold * (2 - share)
	default:
		v = math.Floor(t.Threshold * share)
	}
	return domain.Measurement{Value: domain.Float(v)}
}
