package ui

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// Value returns a form field, NFC-normalised.
func Value(r *http.Request, name string) string {
	return domain.NFC(r.FormValue(name))
}

// Text returns a multi-line form field, NFC-normalised, with Windows line
// ends made plain.
func Text(r *http.Request, name string) string {
	return NormalizeLines(r.FormValue(name))
}

// NormalizeLines NFC-normalises a multi-line text and makes Windows line
// ends plain, for forms and JSON alike.
func NormalizeLines(s string) string {
	return domain.NFC(strings.ReplaceAll(s, "\r\n", "\n"))
}

// PathID reads a numeric path parameter; ok is false if it is not a number.
func PathID(r *http.Request, name string) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	return id, err == nil && id > 0
}

// PathOr404 reads the path's numeric parameter, answering 404 when it is
// not a number; ok is false then.
func (k *Kit) PathOr404(w http.ResponseWriter, r *http.Request, name string) (int64, bool) {
	id, ok := PathID(r, name)
	if !ok {
		k.NotFound(w, r)
	}
	return id, ok
}

// Version reads the version a form was drawn with (hidden field
// "version"); a missing or malformed one is 0, a record not stored yet.
func Version(r *http.Request) int64 {
	v, err := strconv.ParseInt(r.FormValue("version"), 10, 64)
	if err != nil || v < 0 {
		return 0
	}
	return v
}

// Period reads a period from the query or form ("period"), or returns
// fallback when there is none. A malformed one is an Invalid error.
func Period(r *http.Request, fallback domain.Period) (domain.Period, error) {
	v := r.FormValue("period")
	if v == "" {
		return fallback, nil
	}
	return domain.ParsePeriod(v)
}
