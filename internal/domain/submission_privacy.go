package domain

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The public form promises that the sender's personal data stays with the
// organisation. What the public sees of a submission (its title, content,
// answer and history, on the published answers and the tracking page) passes
// through its PersonalMask, which hides the sender's data wherever the texts
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

// PersonalMask hides one sender's personal data in texts: their full name
// (written with or without accents, in any case) becomes initials; their
// phone number (with or without spaces, dots, 0 or +84), e-mail, national
// ID and address become Hidden. Make it once (Submission.PersonalMask) for
// the several texts of a submission. It is not safe for concurrent use.
type PersonalMask struct {
	patterns []*personalPattern
}

// PersonalMask returns the mask of the sender's data.
func (s Submission) PersonalMask() *PersonalMask {
	m := &PersonalMask{}
	add := func(label string, p *personalPattern, with string) {
		if p != nil {
			p.label, p.with = label, with
			m.patterns = append(m.patterns, p)
		}
	}
	add("họ tên", wordsPattern(s.SenderName, 2), Initials(NFC(s.SenderName)))
	add("số điện thoại", phoneNumberPattern(s.SenderPhone), Hidden)
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
	return m
}

// Mask returns text with the sender's data hidden.
func (m *PersonalMask) Mask(text string) string {
	if text == "" {
		return text
	}
	spans := m.spans(foldRunes(text))
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

// Found names the kinds of the sender's data that the texts repeat ("họ
// tên", "số điện thoại"…), in a fixed order, for the warning shown before
// an answer is published.
func (m *PersonalMask) Found(texts ...string) []string {
	found := map[string]bool{}
	for _, t := range texts {
		for _, sp := range m.spans(foldRunes(t)) {
			found[sp.label] = true
		}
	}
	var out []string
	for _, p := range m.patterns {
		if found[p.label] {
			out = append(out, p.label)
			found[p.label] = false // an address has two patterns: name it once
		}
	}
	return out
}

// personalPattern finds one piece of the sender's data in a folded text
// (lower case, no accents, đ → d). Most texts hold none, so the pattern is
// compiled only for a text that holds every one of its hints.
type personalPattern struct {
	label  string
	with   string
	expr   string   // group 1 is the data itself
	hints  []string // found in the folded text, or among its digits when digits is set
	digits bool
	re     *regexp.Regexp
}

// mayMatch reports whether the text holds every hint of the pattern.
func (p *personalPattern) mayMatch(f foldedText) bool {
	in := f.text
	if p.digits {
		in = f.digits()
	}
	for _, h := range p.hints {
		if !strings.Contains(in, h) {
			return false
		}
	}
	return true
}

// span is a stretch of a text, in runes, to replace.
type span struct {
	from, to int
	with     string
	label    string
}

// spans finds every piece of the sender's data in a folded text, in order
// and not overlapping (the earlier, then the longer, wins).
func (m *PersonalMask) spans(f foldedText) []span {
	var all []span
	for _, p := range m.patterns {
		if !p.mayMatch(f) {
			continue
		}
		if p.re == nil {
			p.re = regexp.MustCompile(p.expr)
		}
		for _, loc := range p.re.FindAllStringSubmatchIndex(f.text, -1) {
			if loc[2] >= 0 {
				all = append(all, span{from: f.runeAt(loc[2]), to: f.runeAt(loc[3]), with: p.with, label: p.label})
			}
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
// spaces or punctuation; nil when s has fewer than minWords words (a lone
// given name would hide every word that looks like it).
func wordsPattern(s string, minWords int) *personalPattern {
	words := strings.Fields(wordsKey(s))
	if len(words) < minWords {
		return nil
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return &personalPattern{expr: `(?:^|[^a-z0-9])(` + strings.Join(quoted, `[^a-z0-9]+`) + `)(?:[^a-z0-9]|$)`, hints: words}
}

// phoneNumberPattern matches a phone number written 0912 345 678, 0912.345.678 or
// +84 912 345 678, whichever way it was given.
func phoneNumberPattern(phone string) *personalPattern {
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
		return nil
	}
	return &personalPattern{expr: `(?:^|[^0-9])((?:\+\s*84|0)[\s.\-]*` + spacedDigits(core) + `)(?:[^0-9]|$)`,
		hints: []string{core}, digits: true}
}

// digitsPattern matches a number of at least minDigits digits, with or
// without spaces, dots and dashes between them.
func digitsPattern(s string, minDigits int) *personalPattern {
	d := onlyDigits(s)
	if len(d) < minDigits {
		return nil
	}
	return &personalPattern{expr: `(?:^|[^0-9])(` + spacedDigits(d) + `)(?:[^0-9]|$)`, hints: []string{d}, digits: true}
}

func spacedDigits(d string) string {
	return strings.Join(strings.Split(d, ""), `[\s.\-]?`)
}

func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// literalPattern matches s as written (already lower case).
func literalPattern(s string) *personalPattern {
	if s == "" {
		return nil
	}
	return &personalPattern{expr: `(` + regexp.QuoteMeta(s) + `)`, hints: []string{s}}
}

// foldedText is a text folded rune by rune (lower case, accents stripped,
// đ → d), so that a match in it maps back to the same runes of the text.
type foldedText struct {
	text   string
	runeOf []int // byte offset in text → rune index
}

func foldRunes(s string) foldedText {
	var b strings.Builder
	b.Grow(len(s))
	runeOf := make([]int, 0, len(s)+1)
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

// digits are the text's digits alone, for the quick check of a number.
func (f foldedText) digits() string { return onlyDigits(f.text) }

// foldRune is one rune's search form: its base letter in lower case.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return unicode.ToLower(r)
	case r < foldTableEnd:
		return foldTable()[r]
	}
	return unicode.ToLower(baseRune(r))
}

// foldTableEnd bounds the runes folded from a table: Latin, with every
// Vietnamese letter (up to U+1EFF).
const foldTableEnd = 0x1F00

// foldTable holds the fold of every rune below foldTableEnd, computed once.
var foldTable = sync.OnceValue(func() []rune {
	t := make([]rune, foldTableEnd)
	for r := range rune(foldTableEnd) {
		t[r] = unicode.ToLower(baseRune(r))
	}
	return t
})

// baseRune is the letter a rune is written on: "ế" → "e", "Đ" → "d".
func baseRune(r rune) rune {
	switch r {
	case 'đ', 'Đ':
		return 'd'
	}
	if base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r))); base != utf8.RuneError {
		return base
	}
	return r
}
