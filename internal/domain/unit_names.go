package domain

// UnitNames maps unit IDs to the names lists show: the short name ("Phòng
// VH-XH"), or the full name of a unit that has none.
func UnitNames(units []Unit) map[int64]string {
	out := make(map[int64]string, len(units))
	for _, u := range units {
		out[u.ID] = u.ShortName
		if u.ShortName == "" {
			out[u.ID] = u.Name
		}
	}
	return out
}
