package commune

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// actionForm is what the step forms of a submission's page send; each step
// reads its own fields. Version is the submission's version when the page
// was drawn.
type actionForm struct {
	Version      int64
	RejectReason string
	RejectNote   string
	UnitID       int64
	Answer       string
	Due          string // the new deadline of an extension, as typed
	ExtendNote   string
}

func readActionForm(r *http.Request) actionForm {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	return actionForm{
		Version: version, RejectReason: r.FormValue("reason"), RejectNote: ui.Text(r, "note"), UnitID: unitID,
		Answer: ui.Text(r, "answer"), Due: ui.Value(r, "due"), ExtendNote: ui.Text(r, "extend_note"),
	}
}

// ActOnSubmission takes one step of the workflow (see submissions.Step).
// Inputs with problems come back with the messages beside the fields (422);
// a page drawn before another official acted comes back as the submission
// now stands, with who did what and when, and the user's input kept (409).
func (h *Handlers) ActOnSubmission(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	form := readActionForm(r)
	res, err := h.uc.Submissions.Step(r.Context(), ui.ActorOf(r), submissions.StepInput{
		ID: id, Action: domain.SubmissionAction(r.PathValue("action")), Version: form.Version,
		RejectReason: form.RejectReason, RejectNote: form.RejectNote, UnitID: form.UnitID,
		Answer: form.Answer, Due: form.Due, ExtendNote: form.ExtendNote,
	})
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Code == domain.Stale:
		h.renderSubmission(w, r, http.StatusConflict, id, form, ui.Errors{}, de.Message)
	case errors.As(err, &de) && de.Code == domain.Invalid && len(de.Problems) > 0:
		errs := ui.Errors{}
		errs.FromDomain(err)
		h.renderSubmission(w, r, http.StatusUnprocessableEntity, id, form, errs, "")
	case err != nil:
		h.ui.Fail(w, r, err)
	default:
		ui.Redirect(w, r, fmt.Sprintf("/submissions/%d", id), res.Message)
	}
}
