package domain

import "fmt"

// ChangeKind says what saving a program over its stored version does to one
// part of it.
type ChangeKind string

const (
	ChangeNewProgram ChangeKind = "new_program" // the program is not stored yet
	ChangeHeader     ChangeKind = "header"      // number, date, issuing body, title or year
	ChangeGroup      ChangeKind = "group"       // a group is added, renamed or removed
	ChangeAdded      ChangeKind = "added"       // a criterion is added
	ChangeChanged    ChangeKind = "changed"     // a criterion's text, targets or roles change
	ChangeRemoved    ChangeKind = "removed"     // a criterion is removed
)

// ProgramChange is one change that saving a program would make. Criteria are
// matched across versions by group numeral and number ("II.4"), as the store
// matches them.
type ProgramChange struct {
	Kind   ChangeKind
	Key    string   // "II.4"; a group's numeral; empty for the program itself
	Text   string   // the criterion's text (the new one, or the removed one); for a group, what happens to it
	Fields []string // for ChangeChanged: what differs, in Vietnamese
	Groups int      // for ChangeNewProgram
	Count  int      // for ChangeNewProgram: number of criteria
	Number string   // for ChangeNewProgram
}

// String writes the change as one Vietnamese line.
func (c ProgramChange) String() string {
	switch c.Kind {
	case ChangeNewProgram:
		return fmt.Sprintf("thêm chương trình mới %s: %d nhóm, %d tiêu chí", c.Number, c.Groups, c.Count)
	case ChangeHeader:
		return "sửa thông tin chung của chương trình"
	case ChangeGroup:
		return fmt.Sprintf("nhóm %s: %s", c.Key, c.Text)
	case ChangeAdded:
		return fmt.Sprintf("thêm tiêu chí %s: %s", c.Key, c.Text)
	case ChangeChanged:
		return fmt.Sprintf("sửa tiêu chí %s: %s", c.Key, c.Text)
	case ChangeRemoved:
		return fmt.Sprintf("xóa tiêu chí %s: %s", c.Key, c.Text)
	}
	return string(c.Kind)
}

// CriterionKey identifies a criterion across versions of a program: "II.4".
func CriterionKey(g Group, c Criterion) string {
	return fmt.Sprintf("%s.%d", g.Numeral, c.Number)
}

// DiffPrograms lists what saving next over old would change: the header, then
// added and changed criteria in next's order, then removed ones in old's
// order. An old program with no ID is not stored: the one change is the new
// program.
func DiffPrograms(old, next Program) []ProgramChange {
	if old.ID == 0 {
		return []ProgramChange{{Kind: ChangeNewProgram, Number: next.Number, Groups: len(next.Groups), Count: next.CriteriaCount()}}
	}
	var out []ProgramChange
	if old.Title != next.Title || old.IssuingBody != next.IssuingBody || !old.Date.Equal(next.Date) || old.Year != next.Year {
		out = append(out, ProgramChange{Kind: ChangeHeader})
	}
	out = append(out, groupChanges(old, next)...)
	before := criteriaByKey(old)
	seen := map[string]bool{}
	for _, g := range next.Groups {
		for _, c := range g.Criteria {
			key := CriterionKey(g, c)
			seen[key] = true
			prev, ok := before[key]
			if !ok {
				out = append(out, ProgramChange{Kind: ChangeAdded, Key: key, Text: c.Text})
				continue
			}
			if fields := criterionChanges(prev, c); len(fields) > 0 {
				out = append(out, ProgramChange{Kind: ChangeChanged, Key: key, Text: c.Text, Fields: fields})
			}
		}
	}
	for _, g := range old.Groups {
		for _, c := range g.Criteria {
			if key := CriterionKey(g, c); !seen[key] {
				out = append(out, ProgramChange{Kind: ChangeRemoved, Key: key, Text: c.Text})
			}
		}
	}
	return out
}

// groupChanges lists the groups that saving next over old adds, renames or
// removes, matched by numeral as the store matches them.
func groupChanges(old, next Program) []ProgramChange {
	names := map[string]string{}
	for _, g := range old.Groups {
		names[g.Numeral] = g.Name
	}
	var out []ProgramChange
	seen := map[string]bool{}
	for _, g := range next.Groups {
		seen[g.Numeral] = true
		name, ok := names[g.Numeral]
		switch {
		case !ok:
			out = append(out, ProgramChange{Kind: ChangeGroup, Key: g.Numeral, Text: "thêm nhóm “" + g.Name + "”"})
		case name != g.Name:
			out = append(out, ProgramChange{Kind: ChangeGroup, Key: g.Numeral, Text: "đổi tên “" + name + "” thành “" + g.Name + "”"})
		}
	}
	for _, g := range old.Groups {
		if !seen[g.Numeral] {
			out = append(out, ProgramChange{Kind: ChangeGroup, Key: g.Numeral, Text: "xóa nhóm “" + g.Name + "”"})
		}
	}
	return out
}

func criteriaByKey(p Program) map[string]Criterion {
	out := map[string]Criterion{}
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			out[CriterionKey(g, c)] = c
		}
	}
	return out
}

// criterionChanges names what differs between two versions of a criterion.
// Role texts are compared as written; the units they name count too, so that
// saving again links a unit added since the last save.
func criterionChanges(a, b Criterion) []string {
	var out []string
	add := func(differs bool, what string) {
		if differs {
			out = append(out, what)
		}
	}
	add(a.Text != b.Text, "nội dung")
	add(FormatTargets(a.Targets) != FormatTargets(b.Targets), "chỉ tiêu")
	add(a.Roles.Monitoring.Text != b.Roles.Monitoring.Text, "đơn vị theo dõi")
	add(a.Roles.Lead.Text != b.Roles.Lead.Text, "đơn vị chủ trì")
	add(a.Roles.Coordinating.Text != b.Roles.Coordinating.Text, "đơn vị phối hợp")
	add(a.FrameworkKey != b.FrameworkKey, "mã tiêu chí")
	add(len(out) == 0 && !sameLinks(a.Roles, b.Roles), "liên kết với cơ quan, đơn vị")
	return out
}

// SameCriterion reports whether saving b over a would change nothing: the
// same text, targets, role words and linked units.
func SameCriterion(a, b Criterion) bool { return len(criterionChanges(a, b)) == 0 }

func sameLinks(a, b Roles) bool {
	return SameUnits(a.Monitoring.UnitIDs, b.Monitoring.UnitIDs) && SameUnits(a.Lead.UnitIDs, b.Lead.UnitIDs) &&
		SameUnits(a.Coordinating.UnitIDs, b.Coordinating.UnitIDs)
}
