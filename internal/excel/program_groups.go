package excel

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// groupBuilder gathers criteria rows into groups, checking numerals, names and
// numbers as it goes.
type groupBuilder struct {
	g       grid
	h       header
	probs   *problems
	groups  []domain.Group
	index   map[string]int         // numeral → index in groups
	rows    map[string]int         // numeral → row that first named the group
	names   map[string]string      // folded group name → numeral
	numbers map[string]map[int]int // numeral → STT → row
	last    string                 // numeral of the previous row
	blank   map[string]string      // criterion key → its empty "Chỉ tiêu" cell
	keys    map[string]string      // criterion key → its "Mã tiêu chí" cell, when the column is there
}

func newGroupBuilder(g grid, h header, probs *problems) *groupBuilder {
	return &groupBuilder{
		g: g, h: h, probs: probs,
		index: make(map[string]int), rows: make(map[string]int),
		names: make(map[string]string), numbers: make(map[string]map[int]int),
	}
}

func (b *groupBuilder) problem(r criterionRow, col string, format string, args ...any) {
	b.probs.add(b.g.name, max(b.h.col(col), 1), r.row, format, args...)
}

// add checks one row and files its criterion under its group.
func (b *groupBuilder) add(r criterionRow) {
	gi := b.group(r)
	c := domain.Criterion{
		Number:       b.number(r, gi),
		Text:         r.text,
		FrameworkKey: r.key,
		Roles: domain.Roles{
			Monitoring:   domain.Role{Text: r.monitoring},
			Lead:         domain.Role{Text: r.lead},
			Coordinating: domain.Role{Text: r.coord},
		},
	}
	if r.text == "" {
		b.problem(r, hText, "chưa ghi tên/mục tiêu cụ thể của tiêu chí")
	}
	targets, err := domain.ParseTargets(r.targets)
	if err != nil {
		b.problem(r, hTargets, "%s", err.Error())
	}
	c.Targets = targets
	if gi < 0 {
		return
	}
	b.groups[gi].Criteria = append(b.groups[gi].Criteria, c)
	if col := b.h.col(hKey); col != 0 && b.keys != nil {
		b.keys[domain.CriterionKey(b.groups[gi], c)] = cellRef(b.g.name, col, r.row)
	}
	if r.targets == "" && b.blank != nil {
		b.blank[domain.CriterionKey(b.groups[gi], c)] = cellRef(b.g.name, max(b.h.col(hTargets), 1), r.row)
	}
}

// group returns the index of the row's group, creating it on first sight, or
// -1 when the row names no usable group. A row with no numeral belongs to the
// group of the row above, as with merged cells.
func (b *groupBuilder) group(r criterionRow) int {
	numeral := strings.ToUpper(r.numeral)
	if numeral == "" {
		if b.last == "" || (r.groupName != "" && domain.Fold(r.groupName) != domain.Fold(b.groups[b.index[b.last]].Name)) {
			b.problem(r, hGroup, "chưa ghi số La Mã của nhóm (I, II, III …)")
			return -1
		}
		numeral = b.last
	}
	if !domain.IsGroupNumeral(numeral) {
		b.problem(r, hGroup, "nhóm “%s” phải ghi bằng số La Mã (I, II, III …)", r.numeral)
		return -1
	}
	b.last = numeral
	if i, ok := b.index[numeral]; ok {
		b.checkName(r, i)
		return i
	}
	return b.newGroup(r, numeral)
}

// checkName reports a row whose group name differs from the group's.
func (b *groupBuilder) checkName(r criterionRow, i int) {
	grp := &b.groups[i]
	switch {
	case r.groupName == "" || domain.Fold(r.groupName) == domain.Fold(grp.Name):
	case grp.Name == "":
		grp.Name = r.groupName
	default:
		b.problem(r, hGroupName, "nhóm %s đã mang tên “%s” ở dòng %d, dòng này lại ghi “%s”",
			grp.Numeral, grp.Name, b.rows[grp.Numeral], r.groupName)
	}
}

func (b *groupBuilder) newGroup(r criterionRow, numeral string) int {
	if r.groupName == "" {
		b.problem(r, hGroupName, "chưa ghi tên nhóm %s", numeral)
	} else if msg := domain.GroupNameProblem(r.groupName); msg != "" {
		b.problem(r, hGroupName, "%s", msg)
	} else if other, ok := b.names[domain.Fold(r.groupName)]; ok {
		b.problem(r, hGroup, "tên nhóm “%s” đã dùng cho nhóm %s ở dòng %d, dòng này lại ghi nhóm %s",
			r.groupName, other, b.rows[other], numeral)
	} else {
		b.names[domain.Fold(r.groupName)] = numeral
	}
	b.groups = append(b.groups, domain.Group{Numeral: numeral, Name: r.groupName})
	b.index[numeral] = len(b.groups) - 1
	b.rows[numeral] = r.row
	b.numbers[numeral] = make(map[int]int)
	return len(b.groups) - 1
}

// number reads the row's STT, checking it is unique within group gi.
func (b *groupBuilder) number(r criterionRow, gi int) int {
	if r.number == "" {
		b.problem(r, hNumber, "chưa ghi STT của tiêu chí")
		return 0
	}
	n, err := integer(r.number)
	if err != nil || n < 1 {
		b.problem(r, hNumber, "STT “%s” phải là số nguyên dương", r.number)
		return 0
	}
	if gi < 0 {
		return n
	}
	numeral := b.groups[gi].Numeral
	seen := b.numbers[numeral]
	if prev, dup := seen[n]; dup {
		b.problem(r, hNumber, "STT %d của nhóm %s bị trùng với dòng %d", n, numeral, prev)
	} else {
		seen[n] = r.row
	}
	return n
}

// result returns the groups with Position set, criteria numbered across groups.
func (b *groupBuilder) result() []domain.Group {
	pos := 0
	for i := range b.groups {
		b.groups[i].Position = i + 1
		for j := range b.groups[i].Criteria {
			pos++
			b.groups[i].Criteria[j].Position = pos
		}
	}
	return b.groups
}
