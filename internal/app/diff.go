package app

import (
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// changedProgress returns the imported records that differ from what is stored
// for the period, so that an unchanged row keeps who recorded it and when.
func changedProgress(old, imported []domain.Progress) []domain.Progress {
	stored := map[int64]domain.Progress{}
	for _, r := range old {
		stored[r.CriterionID] = r
	}
	var out []domain.Progress
	for _, r := range imported {
		var prev *domain.Progress
		if p, ok := stored[r.CriterionID]; ok {
			prev = &p
		}
		if prev.SameEntry(r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// describeProgress writes one line per changed record: the criterion and the
// status it will have for the period.
func describeProgress(p domain.Program, old, changed []domain.Progress) []string {
	had := map[int64]bool{}
	for _, r := range old {
		had[r.CriterionID] = true
	}
	var out []string
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			for i := range changed {
				if changed[i].CriterionID != c.ID {
					continue
				}
				verb := "nhập"
				if had[c.ID] {
					verb = "sửa"
				}
				out = append(out, fmt.Sprintf("%s số liệu tiêu chí %s → %s", verb, domain.CriterionKey(g, c), c.Evaluate(&changed[i]).Label()))
			}
		}
	}
	return out
}
