package web

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// actionForm is what the step forms of a submission's page send; each step
// reads its own fields.
type actionForm struct {
	RejectReason string
	RejectNote   string
	UnitID       int64
	Answer       string
	Due          string // the new deadline of an extension, as typed
	ExtendNote   string
}

func readActionForm(r *http.Request) actionForm {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	return actionForm{
		RejectReason: r.FormValue("reason"), RejectNote: formText(r, "note"), UnitID: unitID,
		Answer: formText(r, "answer"), Due: formValue(r, "due"), ExtendNote: formText(r, "extend_note"),
	}
}

// actOnSubmission takes one step of the workflow. The checks come in the
// order that tells the user the most without revealing anything: the
// submission must be theirs to see (404), the step one their role may take
// from the current status (403, 409), the inputs right (422, with the
// messages beside the fields); then the submission, its history and the
// audit log change in one transaction.
func (s *Server) actOnSubmission(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	before, ok := s.loadSubmission(w, r)
	if !ok {
		return
	}
	action := domain.SubmissionAction(r.PathValue("action"))
	if !slices.Contains(domain.SubmissionActions, action) {
		s.notFound(w, r)
		return
	}
	to, err := domain.NextStatus(v.User.Role, action, before.Status)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	form := readActionForm(r)
	plan, err := s.planStep(r, before, action, to, form)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if plan.errs.any() {
		s.refuseStep(w, r, before, form, plan.errs)
		return
	}
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.ApplySubmissionEvent(r.Context(), &plan.after, plan.event); err != nil {
			return err
		}
		return s.audit(tx, r, "submission."+string(action), submissionEntity(before),
			auditOfSubmission(before), auditOfSubmission(plan.after), plan.reason)
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, fmt.Sprintf("/submissions/%d", before.ID), plan.flash)
}

// refuseStep shows the submission's page again with the user's input and the
// messages beside the fields, changing nothing.
func (s *Server) refuseStep(w http.ResponseWriter, r *http.Request, sub domain.Submission, form actionForm, errs fieldErrors) {
	data, err := s.submissionPageData(r, sub, form, errs)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusUnprocessableEntity, "submission_show", data)
}
