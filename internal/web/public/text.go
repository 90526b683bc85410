package public

import "strconv"

// thousands writes a whole number with dots between thousands, as Vietnamese
// does: 10000 → "10.000".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
