package web

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// submissionPage shows one submission to the staff: everything the sender
// gave (contact details included: staff need them to answer), the files, the
// history, the deadline, and one form per step the user may take now.
type submissionPage struct {
	Page
	Sub           domain.Submission
	UnitName      string
	Files         []storage.SubmissionFile
	Events        []domain.SubmissionEvent
	Overdue       bool
	DueSoon       bool
	DuplicateCode string
	Actions       []domain.SubmissionAction
	Form          actionForm
	Errors        fieldErrors
	Units         []domain.Unit
	Templates     []domain.AnswerTemplate
	RejectReasons []rejectReason
	MinDue        string // the earliest new deadline an extension may set, yyyy-mm-dd
}

// Allowed reports whether the user may take the action now, for the template
// to show its form.
func (p submissionPage) Allowed(a string) bool {
	return slices.Contains(p.Actions, domain.SubmissionAction(a))
}

// UnitOf names a unit for the history.
func (p submissionPage) UnitOf(id int64) string { return unitLabel(unitNames(p.Units), id) }

func (s *Server) showSubmission(w http.ResponseWriter, r *http.Request) {
	sub, ok := s.loadSubmission(w, r)
	if !ok {
		return
	}
	data, err := s.submissionPageData(r, sub, actionForm{}, fieldErrors{})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "submission_show", data)
}

// submissionPageData gathers the page of a submission, with the action forms
// holding form and showing errs (after a refused step).
func (s *Server) submissionPageData(r *http.Request, sub domain.Submission, form actionForm, errs fieldErrors) (*submissionPage, error) {
	ctx, v := r.Context(), mustViewer(r)
	units, err := s.store.Units(ctx, v.Org.ID)
	if err != nil {
		return nil, fmt.Errorf("units for submission %d: %w", sub.ID, err)
	}
	files, err := s.store.SubmissionFiles(ctx, sub.ID)
	if err != nil {
		return nil, err
	}
	events, err := s.store.SubmissionEvents(ctx, sub.ID)
	if err != nil {
		return nil, err
	}
	templates, err := s.store.AnswerTemplates(ctx, v.Org.ID)
	if err != nil {
		return nil, err
	}
	data := &submissionPage{
		Page: s.page(r, "Phản ánh, kiến nghị "+sub.TrackingCode, "submissions"),
		Sub:  sub, UnitName: unitLabel(unitNames(units), sub.AssignedUnitID), Files: files, Events: events,
		Actions: domain.AllowedActions(v.User.Role, sub.Status), Form: form, Errors: errs, Units: units,
		Templates: templates, RejectReasons: rejectReasons, MinDue: minNewDue(sub, s.now()).Format("2006-01-02"),
	}
	data.Overdue, data.DueSoon = deadlineMarks(sub, s.now())
	if sub.DuplicateOfID != 0 {
		earlier, err := s.store.SubmissionByID(ctx, v.Org.ID, sub.DuplicateOfID)
		if err != nil {
			return nil, fmt.Errorf("earlier submission %d: %w", sub.DuplicateOfID, err)
		}
		data.DuplicateCode = earlier.TrackingCode
	}
	return data, nil
}

// submissionFile sends one attachment of a submission of the viewer's
// organisation (and, for unit staff, of their unit) as a download: a file a
// stranger sent is never shown inline in the app's origin.
func (s *Server) submissionFile(w http.ResponseWriter, r *http.Request) {
	sub, ok := s.loadSubmission(w, r)
	if !ok {
		return
	}
	fileID, ok := pathID(r, "file")
	if !ok {
		s.notFound(w, r)
		return
	}
	f, err := s.store.SubmissionFile(r.Context(), sub.ID, fileID)
	if domain.IsNotFound(err) {
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
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
