package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// fieldErrors maps a form field to what is wrong with it, in Vietnamese, for
// the page to show beside the field.
type fieldErrors map[string]string

func (e fieldErrors) add(field, message string) {
	if _, seen := e[field]; !seen {
		e[field] = message
	}
}

// fromDomain copies the problems of a domain error into the field errors, and
// returns false if err is not an Invalid error with problems.
func (e fieldErrors) fromDomain(err error) bool {
	de, ok := err.(*domain.Error)
	if !ok || de.Code != domain.Invalid {
		return false
	}
	if len(de.Problems) == 0 {
		e.add("", de.Message)
	}
	for _, p := range de.Problems {
		e.add(p.Field, p.Message)
	}
	return true
}

// formValue returns a form field, NFC-normalised and trimmed.
func formValue(r *http.Request, name string) string {
	return domain.NFC(r.FormValue(name))
}

// formText returns a multi-line form field, NFC-normalised, with Windows line
// ends made plain.
func formText(r *http.Request, name string) string {
	return normalizeLines(r.FormValue(name))
}

// normalizeLines NFC-normalises a multi-line text and makes Windows line
// ends plain, for forms and JSON alike.
func normalizeLines(s string) string {
	return domain.NFC(strings.ReplaceAll(s, "\r\n", "\n"))
}

// pathID reads a numeric path parameter; ok is false if it is not a number.
func pathID(r *http.Request, name string) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	return id, err == nil && id > 0
}

// periodParam reads a period from the query or form ("period"), or returns
// fallback when there is none. A malformed one is an Invalid error.
func periodParam(r *http.Request, fallback domain.Period) (domain.Period, error) {
	v := r.FormValue("period")
	if v == "" {
		return fallback, nil
	}
	return domain.ParsePeriod(v)
}

// defaultPeriod is the month whose data people are working on: the previous
// month until the 20th (reports of a month are due around then), the current
// month after it.
func (s *Server) defaultPeriod() domain.Period {
	now := s.now().In(domain.Vietnam)
	p := domain.MonthPeriod(now.Year(), now.Month())
	if now.Day() < 20 {
		p = p.Previous()
	}
	return p
}
