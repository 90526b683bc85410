package pdf

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// clean prepares text for drawing: NFC (precomposed Vietnamese letters, which
// the font draws as single glyphs), tabs as spaces, no carriage returns and no
// invisible format characters (soft hyphens, zero-width spaces, BOMs).
func clean(s string) string {
	s = norm.NFC.String(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r == '\r' || unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
}

// missing lists, once each, the characters of s the font cannot draw.
func (fs fonts) missing(s string, st style, seen map[rune]bool) []rune {
	var out []rune
	m := fs.metrics(st)
	for _, r := range s {
		if r == '\n' || seen[r] || m.has(r) {
			continue
		}
		seen[r] = true
		out = append(out, r)
	}
	return out
}
