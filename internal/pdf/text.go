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

// replacement is drawn in place of a character the font has no glyph for (an
// emoji, a Chinese character, a control character kept from old data): a
// white square, which every face of Liberation Serif has, so the reader sees
// that something was there. U+FFFD, the usual replacement, is not in the font.
const replacement = '□'

// drawable is clean(s) with what the face of st cannot draw substituted, so
// that the document is always drawn: a character whose compatibility form the
// face has (a full-width letter, a ligature) becomes that form; an emoji's
// variation selector or skin tone, which only shapes the emoji before it, is
// dropped; anything else becomes the replacement square. Text is measured
// and drawn only through here.
func (fs fonts) drawable(s string, st style) string {
	s = clean(s)
	m := fs.metrics(st)
	if fs.allDrawn(s, m) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || m.has(r):
			b.WriteRune(r)
		case isEmojiModifier(r):
		default:
			if alt := norm.NFKC.String(string(r)); alt != string(r) && fs.allDrawn(alt, m) {
				b.WriteString(alt)
			} else {
				b.WriteRune(fs.replacementFor(m))
			}
		}
	}
	return b.String()
}

// allDrawn reports whether m has a glyph for every character of s but line
// breaks.
func (fs fonts) allDrawn(s string, m *metrics) bool {
	for _, r := range s {
		if r != '\n' && !m.has(r) {
			return false
		}
	}
	return true
}

// replacementFor is the replacement square, or "?" in a face without it.
func (fs fonts) replacementFor(m *metrics) rune {
	if m.has(replacement) {
		return replacement
	}
	return '?'
}

// isEmojiModifier reports whether r only changes how the emoji before it
// looks: a variation selector or a skin-tone modifier.
func isEmojiModifier(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF) || (r >= 0x1F3FB && r <= 0x1F3FF)
}
