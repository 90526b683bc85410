package ui

import (
	"errors"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// Errors maps a form field to what is wrong with it, in Vietnamese, for the
// page to show beside the field; "" is the message over the whole form.
type Errors map[string]string

// Add notes a problem of a field, unless the field has one already.
func (e Errors) Add(field, message string) {
	if _, seen := e[field]; !seen {
		e[field] = message
	}
}

// FromDomain copies the problems of a domain error into the field errors,
// and returns false if err is not an Invalid error with problems.
func (e Errors) FromDomain(err error) bool {
	de, ok := err.(*domain.Error)
	if !ok || de.Code != domain.Invalid {
		return false
	}
	if len(de.Problems) == 0 {
		e.Add("", de.Message)
	}
	for _, p := range de.Problems {
		e.Add(p.Field, p.Message)
	}
	return true
}

// Refused puts a use case's refusal of a form into errs, for the form to be
// shown again with what the person typed, and returns its status: 422 for
// invalid input (each problem beside its field), 409 for a save made against
// an older version of the record (the message above the form, with the other
// person's value, who and when) and current, the version the form must now
// carry. ok is false for any other error, which the caller answers with
// Kit.FailRead.
func Refused(err error, errs Errors) (status int, current int64, ok bool) {
	var de *domain.Error
	if !errors.As(err, &de) {
		return 0, 0, false
	}
	switch {
	case de.Code == domain.Stale && de.Current != nil:
		errs.Add("", de.Message)
		return http.StatusConflict, de.Current.Version, true
	case errs.FromDomain(de):
		return http.StatusUnprocessableEntity, 0, true
	}
	return 0, 0, false
}
