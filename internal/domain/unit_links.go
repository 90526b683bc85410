package domain

// UnitUse is how much the work of an organisation rests on one of its units:
// the criteria of a program it leads (chủ trì tổ chức thực hiện) and the user
// accounts attached to it. The units screen shows it so that an administrator
// sees which units matter before renaming one.
type UnitUse struct {
	LeadCriteria int
	Users        int
}

// RoleLink is one role of one criterion as the words were written and the
// units they are linked to now: what matching the words again (MatchUnits)
// after a unit is added or renamed works on.
type RoleLink struct {
	CriterionID int64
	Role        string // "monitoring", "lead" or "coordinating"
	Text        string
	UnitIDs     []int64
}

// SameUnits reports whether two lists name the same units, in any order.
func SameUnits(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	seen := make(map[int64]int, len(a))
	for _, id := range a {
		seen[id]++
	}
	for _, id := range b {
		if seen[id] == 0 {
			return false
		}
		seen[id]--
	}
	return true
}
