package domain

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

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

// CheckText says what makes s unfit to keep, in words for the person who
// typed it, or "" when nothing does. Every way into nq57 (forms, JSON, Excel
// cells, flags, files) refuses such text before anything is written: bytes
// that are not UTF-8, NUL and the other control characters. Tabs are allowed,
// and line breaks in a multi-line text.
func CheckText(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		return "có byte không phải chữ UTF-8 hợp lệ (tệp hoặc bàn phím dùng bảng mã khác?)"
	}
	for _, r := range s {
		switch {
		case r == '\t', multiline && (r == '\n' || r == '\r'):
			continue
		case r == 0:
			return "có ký tự NUL (mã 0), không được phép"
		case r == '\n' || r == '\r':
			return "có dấu xuống dòng, ô này chỉ nhận một dòng"
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return fmt.Sprintf("có ký tự điều khiển không in được (U+%04X), không được phép", r)
		}
	}
	return ""
}

// CleanText returns s NFC-normalised and trimmed, or an Invalid error naming
// field and what is wrong with the text (CheckText).
func CleanText(field, s string, multiline bool) (string, error) {
	if problems := TextProblems(field, s, multiline); problems != nil {
		return "", InvalidInput("Nội dung có ký tự không hợp lệ, chưa lưu gì.", problems)
	}
	if multiline {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return NFC(s), nil
}

// TextProblems is CheckText for a form that gathers every problem before it
// answers: the problem of field when s is unfit to keep, or none.
func TextProblems(field, s string, multiline bool) []Problem {
	if problem := CheckText(s, multiline); problem != "" {
		return []Problem{{Field: field, Message: UpperFirst(problem) + "."}}
	}
	return nil
}

// UpperFirst starts a text with a capital letter: "xã Xuân Hưng" → "Xã Xuân Hưng".
func UpperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// Sentence starts a message with a capital letter and ends it with a full
// stop, for a message shown on its own beside a field.
func Sentence(s string) string {
	s = UpperFirst(s)
	if s != "" && !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
