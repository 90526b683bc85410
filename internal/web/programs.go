package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

// pathOr404 reads the path's numeric parameter, answering 404 when it is not
// a number; ok is false then.
func (s *Server) pathOr404(w http.ResponseWriter, r *http.Request, name string) (int64, bool) {
	id, ok := pathID(r, name)
	if !ok {
		s.notFound(w, r)
	}
	return id, ok
}

// failRead answers a read use case's error: 404 for a record that is not the
// organisation's (the same as none, so that nothing leaks), the domain's own
// page otherwise.
func (s *Server) failRead(w http.ResponseWriter, r *http.Request, err error) {
	if domain.IsNotFound(err) {
		s.notFound(w, r)
		return
	}
	s.fail(w, r, err)
}

func isConflict(err error) bool { return domain.ErrorCode(err) == domain.Conflict }

// refusedForm puts a use case's refusal of a form into errs, for the form to
// be shown again with what the person typed, and returns its status: 422 for
// invalid input (each problem beside its field), 409 for a save made against
// an older version of the record (the message above the form, with the
// other person's value, who and when) and current, the version the form must
// now carry. ok is false for any other error, which the caller answers with
// failRead.
func refusedForm(err error, errs fieldErrors) (status int, current int64, ok bool) {
	var de *domain.Error
	if !errors.As(err, &de) {
		return 0, 0, false
	}
	switch {
	case de.Code == domain.Stale && de.Current != nil:
		errs.add("", de.Message)
		return http.StatusConflict, de.Current.Version, true
	case errs.fromDomain(de):
		return http.StatusUnprocessableEntity, 0, true
	}
	return 0, 0, false
}

// programURL is the page of a program.
func programURL(id int64) string { return "/programs/" + itoa(id) }

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

// findCriterion returns the group and the criterion with the given id in p,
// or nils.
func findCriterion(p *domain.Program, id int64) (*domain.Group, *domain.Criterion) {
	for gi := range p.Groups {
		g := &p.Groups[gi]
		for ci := range g.Criteria {
			if g.Criteria[ci].ID == id {
				return g, &g.Criteria[ci]
			}
		}
	}
	return nil, nil
}
