package web

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// initials shortens a sender's name to its initials ("Nguyễn Văn An" →
// "N. V. A."): enough for the sender to recognise their submission, too
// little to name them to whoever else holds the code.
func initials(name string) string {
	var parts []string
	for _, word := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsLetter(r) {
			parts = append(parts, string(unicode.ToUpper(r))+".")
		}
	}
	return strings.Join(parts, " ")
}

// shorten cuts a text to at most n characters at a word boundary, with an
// ellipsis when it was cut.
func shorten(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	cut := string([]rune(text)[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

// thousands writes a whole number with dots between thousands, as Vietnamese
// does: 10000 → "10.000".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// upperFirst starts a text with a capital: a domain message or a kind's
// label, written for running text, that stands alone beside a field or in a
// table row.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
