package commune

import (
	"errors"
	"net/http"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// meetingFields names the fields of the meeting form, for errors to go beside.
var meetingFields = []string{"date", "kind", "chair", "participants", "content", "conclusions"}

// taskFields names the fields of the task form, for errors to go beside.
var taskFields = []string{"title", "unit", "unit_text", "deadline"}

// meetingSaveProblem turns a refused save of a meeting or a task into
// messages for its form: the field problems of invalid input, or a message
// over the form for a locked period or a record someone else saved first. It
// returns the status to answer with, or 0 if err is none of these (s.fail
// answers it: not found, forbidden, a server error).
func meetingSaveProblem(err error, errs ui.Errors, fields ...string) int {
	var de *domain.Error
	if !errors.As(err, &de) {
		return 0
	}
	switch de.Code {
	case domain.Invalid:
		// A problem of a field the form has goes beside it; any other
		// (a task, a unit) goes over the form, so that none is lost.
		errs.Add("", de.Message)
		for _, p := range de.Problems {
			if slices.Contains(fields, p.Field) {
				errs.Add(p.Field, p.Message)
			} else {
				errs[""] += " " + p.String()
			}
		}
		return http.StatusUnprocessableEntity
	case domain.Conflict, domain.Stale:
		errs.Add("", de.Message)
		return http.StatusConflict
	}
	return 0
}
