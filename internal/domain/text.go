package domain

import (
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C with surrounding space trimmed.
// Every text that enters nq57 (flags, files, forms, JSON) passes through it, so
// "Hưng" typed with combining marks and "Hưng" precomposed are the same string.
func NFC(s string) string {
	return strings.TrimSpace(norm.NFC.String(s))
}

// Fold returns the search key of s: lower case, accents stripped, đ → d, spaces
// collapsed. "Xuân Hưng" and "xuan  hung" fold alike.
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.NewReplacer("đ", "d", "Đ", "d").Replace(out)
	return strings.Join(strings.Fields(strings.ToLower(out)), " ")
}

// NewCollator returns a collator that sorts Vietnamese as a Vietnamese reader
// expects (a ă â b c d đ e ê …). A collator is not safe for concurrent use.
func NewCollator() *collate.Collator {
	return collate.New(language.Vietnamese)
}
