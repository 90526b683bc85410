package app

import (
	"fmt"
	"reflect"

	"github.com/nq57/nq57/internal/domain"
)

// criterionKey identifies a criterion across versions of a program: "II.4".
func criterionKey(g domain.Group, c domain.Criterion) string {
	return fmt.Sprintf("%s.%d", g.Numeral, c.Number)
}

// diffPrograms lists, in Vietnamese, what saving next over old would change.
func diffPrograms(old, next domain.Program) []string {
	var out []string
	if old.ID == 0 {
		return []string{fmt.Sprintf("thêm chương trình mới %s: %d nhóm, %d tiêu chí", next.Number, len(next.Groups), next.CriteriaCount())}
	}
	if old.Title != next.Title || old.IssuingBody != next.IssuingBody || !old.Date.Equal(next.Date) || old.Year != next.Year {
		out = append(out, "sửa thông tin chung của chương trình")
	}
	before := criteriaByKey(old)
	seen := map[string]bool{}
	for _, g := range next.Groups {
		for _, c := range g.Criteria {
			key := criterionKey(g, c)
			seen[key] = true
			prev, ok := before[key]
			switch {
			case !ok:
				out = append(out, fmt.Sprintf("thêm tiêu chí %s: %s", key, c.Text))
			case !sameCriterion(prev, c):
				out = append(out, fmt.Sprintf("sửa tiêu chí %s: %s", key, c.Text))
			}
		}
	}
	for _, g := range old.Groups {
		for _, c := range g.Criteria {
			if key := criterionKey(g, c); !seen[key] {
				out = append(out, fmt.Sprintf("xóa tiêu chí %s: %s", key, c.Text))
			}
		}
	}
	return out
}

func criteriaByKey(p domain.Program) map[string]domain.Criterion {
	out := map[string]domain.Criterion{}
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			out[criterionKey(g, c)] = c
		}
	}
	return out
}

func sameCriterion(a, b domain.Criterion) bool {
	return a.Text == b.Text && domain.FormatTargets(a.Targets) == domain.FormatTargets(b.Targets) &&
		a.Roles.Monitoring.Text == b.Roles.Monitoring.Text && a.Roles.Lead.Text == b.Roles.Lead.Text &&
		a.Roles.Coordinating.Text == b.Roles.Coordinating.Text
}

// changedProgress returns the imported records that differ from what is stored
// for the period, so that an unchanged row keeps who recorded it and when.
func changedProgress(old, imported []domain.Progress) []domain.Progress {
	stored := map[int64]domain.Progress{}
	for _, r := range old {
		stored[r.CriterionID] = r
	}
	var out []domain.Progress
	for _, r := range imported {
		prev, ok := stored[r.CriterionID]
		if ok && sameProgress(prev, r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func sameProgress(a, b domain.Progress) bool {
	return reflect.DeepEqual(a.Values, b.Values) && reflect.DeepEqual(a.Met, b.Met) &&
		a.Evidence == b.Evidence && a.Note == b.Note
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
				out = append(out, fmt.Sprintf("%s số liệu tiêu chí %s → %s", verb, criterionKey(g, c), c.Evaluate(&changed[i]).Label()))
			}
		}
	}
	return out
}
