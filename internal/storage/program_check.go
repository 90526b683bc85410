package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

var comparators = map[domain.Comparator]bool{
	domain.AtLeast: true, domain.AtMost: true, domain.Equal: true,
	domain.Above: true, domain.Below: true, domain.Between: true,
}

// validateProgram checks what the schema would otherwise reject with a
// message nobody could act on: missing keys, repeated numerals and numbers,
// unknown comparators.
func validateProgram(p domain.Program) error {
	var pr problems
	if p.OrgID == 0 {
		pr.add("org", "chưa chọn đơn vị (tổ chức) của chương trình")
	}
	if p.Number == "" {
		pr.add("number", "chưa có số, ký hiệu chương trình")
	}
	if p.Year < 2000 || p.Year > 2100 {
		pr.add("year", fmt.Sprintf("năm %d nằm ngoài khoảng 2000-2100", p.Year))
	}
	numerals := map[string]bool{}
	keys := map[string]string{} // framework key → the criterion that has it
	for i, g := range p.Groups {
		field := fmt.Sprintf("nhóm %d", i+1)
		switch {
		case g.Numeral == "":
			pr.add(field, "chưa có số thứ tự (I, II, III …)")
		case numerals[g.Numeral]:
			pr.add(field, fmt.Sprintf("số thứ tự nhóm %s bị trùng", g.Numeral))
		}
		numerals[g.Numeral] = true
		validateCriteria(&pr, g)
		validateKeys(&pr, g, keys)
	}
	return pr.err("chương trình công tác chưa hợp lệ")
}

func validateCriteria(pr *problems, g domain.Group) {
	numbers := map[int]bool{}
	for _, c := range g.Criteria {
		field := "tiêu chí " + criterionLabel(g.Numeral, c.Number)
		switch {
		case c.Number < 1:
			pr.add(field, "số thứ tự tiêu chí phải từ 1 trở lên")
		case numbers[c.Number]:
			pr.add(field, "số thứ tự tiêu chí bị trùng trong nhóm")
		}
		numbers[c.Number] = true
		for _, t := range c.Targets {
			if !comparators[t.Comparator] {
				pr.add(field, fmt.Sprintf("chỉ tiêu có phép so sánh %q không dùng được", t.Comparator))
			}
		}
	}
}

// validateKeys refuses a framework key that another criterion of the
// program already has: consolidation matches communes' criteria by key.
func validateKeys(pr *problems, g domain.Group, seen map[string]string) {
	for _, c := range g.Criteria {
		if c.FrameworkKey == "" {
			continue
		}
		label := criterionLabel(g.Numeral, c.Number)
		if other, ok := seen[c.FrameworkKey]; ok {
			pr.add("tiêu chí "+label, fmt.Sprintf("mã tiêu chí %q trùng với tiêu chí %s", c.FrameworkKey, other))
			continue
		}
		seen[c.FrameworkKey] = label
	}
}

// roleUnitIDs returns every unit id named by a role of a criterion of p.
func roleUnitIDs(p domain.Program) []int64 {
	var ids []int64
	for _, c := range p.Criteria() {
		r := c.Roles
		for _, role := range []domain.Role{r.Monitoring, r.Lead, r.Coordinating} {
			ids = append(ids, role.UnitIDs...)
		}
	}
	return ids
}

// requireUnits returns an Invalid error naming the unit ids that are not units
// of the organisation.
func (s *Store) requireUnits(ctx context.Context, orgID int64, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	// Only the ids: Units would also sort every name to answer a yes or no.
	unitIDs, err := s.queryIDs(ctx, `SELECT id FROM units WHERE org_id = $1`, orgID)
	if err != nil {
		return fmt.Errorf("check units of org %d: %w", orgID, err)
	}
	known := idSet(unitIDs)
	var pr problems
	for _, id := range ids {
		if !known[id] {
			pr.add("units", fmt.Sprintf("không có cơ quan, đơn vị số %d trong đơn vị (tổ chức) này", id))
			known[id] = true // name each missing id once
		}
	}
	return pr.err("có cơ quan, đơn vị không thuộc đơn vị (tổ chức) này")
}
