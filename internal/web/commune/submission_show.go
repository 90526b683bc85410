package commune

import (
	"net/http"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// submissionPage shows one submission to the staff: everything the sender
// gave (contact details included: staff need them to answer), the files, the
// history, the deadline, and one form per step the user may take now, each
// carrying the version the page shows.
type submissionPage struct {
	ui.Page
	submissions.Detail
	Form   actionForm
	Errors ui.Errors
	Stale  string // why the step was refused: someone acted on the submission since the page was drawn
}

// Allowed reports whether the user may take the action now, for the template
// to show its form.
func (p submissionPage) Allowed(a string) bool {
	return slices.Contains(p.Actions, domain.SubmissionAction(a))
}

// UnitOf names a unit for the history.
func (p submissionPage) UnitOf(id int64) string {
	for _, u := range p.Units {
		if u.ID == id {
			if u.ShortName != "" {
				return u.ShortName
			}
			return u.Name
		}
	}
	return ""
}

// MinDueValue is the earliest new deadline an extension may set, for the
// date input.
func (p submissionPage) MinDueValue() string { return p.MinDue.Format("2006-01-02") }

// Submission shows one submission of the viewer's organisation to its staff.
func (h *Handlers) Submission(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	h.renderSubmission(w, r, http.StatusOK, id, actionForm{}, ui.Errors{}, "")
}

// renderSubmission shows the page of a submission, with the step forms
// holding form and showing errs or why a step was refused (stale).
func (h *Handlers) renderSubmission(w http.ResponseWriter, r *http.Request, status int, id int64, form actionForm, errs ui.Errors, stale string) {
	d, err := h.uc.Submissions.Submission(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data := &submissionPage{Page: h.ui.Page(r, "Phản ánh, kiến nghị "+d.Sub.TrackingCode, "submissions"), Detail: d,
		Form: form, Errors: errs, Stale: stale}
	h.ui.Render(w, r, status, "submission_show", data)
}

// SubmissionFile sends one attachment of a submission of the viewer's
// organisation (and, for unit staff, of their unit) as a download: a file a
// stranger sent is never shown inline in the app's origin.
func (h *Handlers) SubmissionFile(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	fileID, ok2 := ui.PathID(r, "file")
	if !ok || !ok2 {
		h.ui.NotFound(w, r)
		return
	}
	f, err := h.uc.Submissions.File(r.Context(), ui.ActorOf(r), id, fileID)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.SendStoredFile(w, f.Name, "application/octet-stream", f.Data)
}
