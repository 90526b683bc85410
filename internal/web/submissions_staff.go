package web

// Shared helpers of the staff side of citizen submissions: who may see which
// submission, how an official is named in the history, and what the audit
// log keeps of a submission. The screens live in inbox.go, submission_*.go
// and settings_*.go.

import (
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// submissionChannels are the ways a submission may reach the commune, as the
// recording form offers them.
var submissionChannels = []string{"pakn.nq57.vn", "văn bản giấy", "điện thoại", "trực tiếp", "thư điện tử", "khác"}

// submissionStatuses lists the statuses in workflow order, for the inbox filter.
var submissionStatuses = []domain.SubmissionStatus{
	domain.SubmissionReceived, domain.SubmissionAccepted, domain.SubmissionAssigned, domain.SubmissionInProgress,
	domain.SubmissionAnswered, domain.SubmissionPublished, domain.SubmissionRejected,
}

// dueSoonWindow is how close a deadline must be for the inbox to mark it.
const dueSoonDays = 3

// unitBound reports whether the user works only on the submissions assigned
// to their own unit (unit staff), rather than on all of the commune's.
func unitBound(u domain.User) bool { return u.Role == domain.RoleStaff }

// canSeeSubmission applies the unit rule: unit staff see a submission only
// once it is assigned to their unit. A staff account without a unit sees none.
func canSeeSubmission(u domain.User, sub domain.Submission) bool {
	if !unitBound(u) {
		return true
	}
	return u.UnitID != 0 && sub.AssignedUnitID == u.UnitID
}

// loadSubmission reads the submission named in the URL, answering 404 when the
// ID is not a submission of the viewer's organisation or, for unit staff, not
// one of their unit: another unit's work is not theirs to see, and a 404 does
// not tell them it exists.
func (s *Server) loadSubmission(w http.ResponseWriter, r *http.Request) (domain.Submission, bool) {
	v := mustViewer(r)
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return domain.Submission{}, false
	}
	sub, err := s.store.SubmissionByID(r.Context(), v.Org.ID, id)
	if domain.IsNotFound(err) || (err == nil && !canSeeSubmission(v.User, sub)) {
		s.notFound(w, r)
		return domain.Submission{}, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return domain.Submission{}, false
	}
	return sub, true
}

// officialName is how the history names the official who took a step: the
// full name when the account has one, the login otherwise.
func officialName(u domain.User) string {
	if u.Name != "" {
		return u.Name
	}
	return u.Login
}

// deadlineMarks tells whether a submission is past its deadline at now, or
// due within dueSoonDays days (counted to the end of that day in Vietnam).
func deadlineMarks(sub domain.Submission, now time.Time) (overdue, soon bool) {
	if sub.Overdue(now) {
		return true, false
	}
	if !sub.Status.Open() || sub.DueAt.IsZero() {
		return false, false
	}
	return false, !sub.DueAt.After(endOfDay(domain.Today(now).AddDate(0, 0, dueSoonDays)))
}

func submissionEntity(sub domain.Submission) string {
	return "phản ánh, kiến nghị " + sub.TrackingCode
}

// submissionAudit is what the audit log keeps of a submission before and
// after a step: the workflow fields, not the sender's contact details.
type submissionAudit struct {
	Status         domain.SubmissionStatus
	DueAt          string `json:",omitempty"`
	AssignedUnitID int64  `json:",omitempty"`
	Answer         string `json:",omitempty"`
	AnsweredBy     string `json:",omitempty"`
	PublishedAt    string `json:",omitempty"`
}

func auditOfSubmission(sub domain.Submission) submissionAudit {
	return submissionAudit{
		Status: sub.Status, DueAt: auditTime(sub.DueAt), AssignedUnitID: sub.AssignedUnitID,
		Answer: sub.Answer, AnsweredBy: sub.AnsweredBy, PublishedAt: auditTime(sub.PublishedAt),
	}
}

func auditTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(domain.Vietnam).Format("02/01/2006 15:04")
}

// unitLabel names a unit by its short name, or "" when id is 0 or unknown.
func unitLabel(names map[int64]string, id int64) string {
	if id == 0 {
		return ""
	}
	return names[id]
}
