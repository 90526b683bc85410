package auditlog

import (
	"regexp"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// periodCode finds a period's text form ("2026-03", "2026-Q1", "2026-H2") in
// running text; periodsInWords checks that it stands alone.
var periodCode = regexp.MustCompile(`\d{4}-(?:0[1-9]|1[0-2]|Q[1-4]|H[12])`)

// periodsInWords writes the periods named in text in words: "báo cáo 2026-03"
// becomes "báo cáo tháng 3 năm 2026". A code inside a longer one (a day
// "2026-03-05", a tracking code "NQ57-2026-03AB") is kept.
func periodsInWords(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range periodCode.FindAllStringIndex(text, -1) {
		if !standsAlone(text, m[0], m[1]) {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(periodWords(text[m[0]:m[1]]))
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// standsAlone reports whether text[start:end] is not part of a longer word,
// number or code.
func standsAlone(text string, start, end int) bool {
	joins := func(c byte) bool {
		return c == '-' || c == '/' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
	}
	return (start == 0 || !joins(text[start-1])) && (end == len(text) || !joins(text[end]))
}

// personName is how the log names who made an entry: the person's name as
// their account says it now, or the name the entry was written with (the
// command line, "dòng lệnh (root)"; a login whose account is gone).
func personName(r domain.AuditRecord) string {
	switch {
	case r.PersonName != "":
		return r.PersonName
	case r.UserName != "":
		return r.UserName
	}
	return usecase.CommandLineName
}
