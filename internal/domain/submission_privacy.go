package domain

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The public form promises that the sender's personal data stays with the
// organisation. What the public sees of a submission (its title, content,
// answer and history, on the published answers and the tracking page) passes
// through MaskPersonal, which hides the sender's data wherever the texts
// repeat it: the name becomes its initials, the phone number, e-mail,
// national ID and address become Hidden.

// Hidden stands in a public text for a piece of the sender's contact data.
const Hidden = "[đã ẩn]"

// Initials shortens a name to its initials ("Nguyễn Văn An" → "N. V. A."):
// enough for the sender to recognise their submission, too little to name
// them to anyone else.
func Initials(name string) string {
	var parts []string
	for _, word := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsLetter(r) {
			parts = append(parts, string(unicode.ToUpper(r))+".")
		}
	}
	return strings.Join(parts, " ")
}

// MaskPersonal returns text with the sender's personal data hidden: their
// full name (written with or without accents, in any case) as initials,
// their phone number (with or without spaces, dots, 0 or +84), e-mail,
// national ID and address as Hidden.
func (s Submission) MaskPersonal(text string) string {
	if text == "" {
		return text
	}
	f := foldRunes(text)
	spans := s.personalSpans(f)
	if len(spans) == 0 {
		return text
	}
	runes := []rune(text)
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		b.WriteString(string(runes[at:sp.from]))
		b.WriteString(sp.with)
		at = sp.to
	}
	b.WriteString(string(runes[at:]))
	return b.String()
}

// PersonalDataIn names the kinds of the sender's personal data that the
// texts repeat ("họ tên", "số điện thoại"…), in a fixed order, for the
// warning shown before an answer is published.
func (s Submission) PersonalDataIn(texts ...string) []string {
	found := map[string]bool{}
	for _, t := range texts {
		for _, sp := range s.personalSpans(foldRunes(t)) {
			found[sp.label] = true
		}
	}
	var out []string
	for _, p := range s.personalPatterns() {
		if found[p.label] {
			out = append(out, p.label)
			found[p.label] = false // an address has two patterns: name it once
		}
	}
	return out
}

// personalPattern finds one piece of the sender's data in a folded text.
type personalPattern struct {
	label string
	re    *regexp.Regexp // group 1 is the data itself
	with  string
}

// personalPatterns are the sender's data to look for, each as a pattern over
// folded text (lower case, no accents, đ → d).
func (s Submission) personalPatterns() []personalPattern {
	var out []personalPattern
	add := func(label, expr, with string) {
		if expr != "" {
			out = append(out, personalPattern{label: label, re: regexp.MustCompile(expr), with: with})
		}
	}
	add("họ tên", wordsPattern(s.SenderName, 2), Initials(NFC(s.SenderName)))
	add("số điện thoại", phoneMatcher(s.SenderPhone), Hidden)
	add("thư điện tử", literalPattern(strings.ToLower(NFC(s.SenderEmail))), Hidden)
	add("số định danh", digitsPattern(s.SenderNationalID, 9), Hidden)
	// The address, and its first part when that has a house number ("Số 12
	// đường Lê Lợi, phường …"). A hamlet or a commune alone ("thôn Trà Lũ")
	// is where thousands live, and often what the matter is about: it stays.
	address := NFC(s.SenderAddress)
	add("địa chỉ", wordsPattern(address, 2), Hidden)
	if first, _, ok := strings.Cut(address, ","); ok && strings.ContainsAny(first, "0123456789") {
		add("địa chỉ", wordsPattern(first, 2), Hidden)
	}
	return out
}

// span is a stretch of a text, in runes, to replace.
type span struct {
	from, to int
	with     string
	label    string
}

// personalSpans finds every piece of the sender's data in a folded text, in
// order and not overlapping (the earlier, then the longer, wins).
func (s Submission) personalSpans(f foldedText) []span {
	var all []span
	for _, p := range s.personalPatterns() {
		for _, m := range p.re.FindAllStringSubmatchIndex(f.text, -1) {
			if m[2] < 0 {
				continue
			}
			all = append(all, span{from: f.runeAt(m[2]), to: f.runeAt(m[3]), with: p.with, label: p.label})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].from != all[j].from {
			return all[i].from < all[j].from
		}
		return all[i].to > all[j].to
	})
	var out []span
	end := 0
	for _, sp := range all {
		if sp.from >= end && sp.to > sp.from {
			out = append(out, sp)
			end = sp.to
		}
	}
	return out
}

// wordsPattern matches the words of s, folded, as whole words separated by
// spaces or punctuation; "" when s has fewer than minWords words (a lone
// given name would hide every word that looks like it).
func wordsPattern(s string, minWords int) string {
	words := strings.Fields(wordsKey(s))
	if len(words) < minWords {
		return ""
	}
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return `(?:^|[^a-z0-9])(` + strings.Join(words, `[^a-z0-9]+`) + `)(?:[^a-z0-9]|$)`
}

// phoneMatcher matches a phone number written 0912 345 678, 0912.345.678 or
// +84 912 345 678, whichever way it was given.
func phoneMatcher(phone string) string {
	p := NormalizePhone(phone)
	var core string
	switch {
	case strings.HasPrefix(p, "+84"):
		core = p[3:]
	case strings.HasPrefix(p, "0"):
		core = p[1:]
	default:
		return digitsPattern(p, 6)
	}
	if len(core) < 6 || strings.Trim(core, "0123456789") != "" {
		return ""
	}
	return `(?:^|[^0-9])((?:\+\s*84|0)[\s.\-]*` + spacedDigits(core) + `)(?:[^0-9]|$)`
}

// digitsPattern matches a number of at least minDigits digits, with or
// without spaces, dots and dashes between them.
func digitsPattern(s string, minDigits int) string {
	d := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
	if len(d) < minDigits {
		return ""
	}
	return `(?:^|[^0-9])(` + spacedDigits(d) + `)(?:[^0-9]|$)`
}

func spacedDigits(d string) string {
	parts := strings.Split(d, "")
	return strings.Join(parts, `[\s.\-]?`)
}

// literalPattern matches s as written (already lower case).
func literalPattern(s string) string {
	if s == "" {
		return ""
	}
	return `(` + regexp.QuoteMeta(s) + `)`
}

// foldedText is a text folded rune by rune (lower case, accents stripped,
// đ → d), so that a match in it maps back to the same runes of the text.
type foldedText struct {
	text   string
	runeOf []int // byte offset in text → rune index
}

func foldRunes(s string) foldedText {
	var b strings.Builder
	var runeOf []int
	i := 0
	for _, r := range s {
		f := foldRune(r)
		for range utf8.RuneLen(f) {
			runeOf = append(runeOf, i)
		}
		b.WriteRune(f)
		i++
	}
	runeOf = append(runeOf, i)
	return foldedText{text: b.String(), runeOf: runeOf}
}

func (f foldedText) runeAt(byteOffset int) int { return f.runeOf[byteOffset] }

// foldRune is one rune's search form: its base letter in lower case.
func foldRune(r rune) rune {
	switch r {
	case 'đ', 'Đ':
		return 'd'
	}
	if r >= utf8.RuneSelf {
		if base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r))); base != utf8.RuneError {
			r = base
		}
	}
	return unicode.ToLower(r)
}
