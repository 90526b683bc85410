package domain

import "strconv"

// FormatCount writes a whole number as Vietnamese does, with dots between
// thousands: 20000 → "20.000".
func FormatCount(n int) string {
	if n < 0 {
		return "-" + FormatCount(-n)
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
