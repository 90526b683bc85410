package web

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// submissionPage shows one submission to the staff: everything the sender
// gave (contact details included: staff need them to answer), the files, the
// history, the deadline, and one form per step the user may take now, each
// carrying the version the page shows.
type submissionPage struct {
	Page
	submissions.Detail
	Form   actionForm
	Errors fieldErrors
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

func (s *Server) showSubmission(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	s.renderSubmission(w, r, http.StatusOK, id, actionForm{}, fieldErrors{}, "")
}

// renderSubmission shows the page of a submission, with the step forms
// holding form and showing errs or why a step was refused (stale).
func (s *Server) renderSubmission(w http.ResponseWriter, r *http.Request, status int, id int64, form actionForm, errs fieldErrors, stale string) {
	d, err := s.uc.submissions.Submission(r.Context(), actorOf(r), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := &submissionPage{Page: s.page(r, "Phản ánh, kiến nghị "+d.Sub.TrackingCode, "submissions"), Detail: d,
		Form: form, Errors: errs, Stale: stale}
	s.render(w, r, status, "submission_show", data)
}

// submissionFile sends one attachment of a submission of the viewer's
// organisation (and, for unit staff, of their unit) as a download: a file a
// stranger sent is never shown inline in the app's origin.
func (s *Server) submissionFile(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	fileID, ok2 := pathID(r, "file")
	if !ok || !ok2 {
		s.notFound(w, r)
		return
	}
	f, err := s.uc.submissions.File(r.Context(), actorOf(r), id, fileID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Disposition", evidenceDisposition(f.Name))
	h.Set("Content-Length", strconv.Itoa(len(f.Data)))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "private, no-store")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Write(f.Data)
}
