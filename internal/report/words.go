package report

import (
	"fmt"
	"strings"
	"time"
)

// count writes a count the way Party documents do: at least two digits ("01").
func count(n int) string { return fmt.Sprintf("%02d", n) }

// shortDate writes a calendar day as the seed does: "04/2/2026".
func shortDate(d time.Time) string {
	return fmt.Sprintf("%02d/%d/%d", d.Day(), int(d.Month()), d.Year())
}

// paragraphs splits a text a person wrote into its paragraphs (one per line).
func paragraphs(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// withFullStop ends s with a full stop unless it ends with punctuation already.
func withFullStop(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".:;!?") {
		return s
	}
	return s + "."
}
