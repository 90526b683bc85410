package submissions

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// canSee applies the unit rule: unit staff see a submission only once it is
// assigned to their unit, and a staff account without a unit sees none.
func canSee(a usecase.Actor, sub domain.Submission) bool {
	if a.User.Role != domain.RoleStaff {
		return true
	}
	return a.User.UnitID != 0 && sub.AssignedUnitID == a.User.UnitID
}

// visible reads a submission of the actor's organisation that the actor may
// see. Another organisation's, or (for unit staff) another unit's, is
// NotFound: a 404 does not tell them it exists.
func visible(ctx context.Context, st *storage.Store, a usecase.Actor, id int64) (domain.Submission, error) {
	sub, err := st.SubmissionByID(ctx, a.Org.ID, id)
	if err != nil {
		return domain.Submission{}, err
	}
	if !canSee(a, sub) {
		return domain.Submission{}, domain.Errorf(domain.NotFound, "không có phản ánh, kiến nghị số %d", id)
	}
	return sub, nil
}

// workflowRole is the role the workflow table reads for the actor: the
// command line acts as a leader, who may take every step.
func workflowRole(a usecase.Actor) domain.UserRole {
	if a.IsCommandLine() {
		return domain.RoleLeader
	}
	return a.User.Role
}

// entity names a submission in the audit log.
func entity(sub domain.Submission) string {
	return "phản ánh, kiến nghị " + sub.TrackingCode
}

// auditView is what the audit log keeps of a submission before and after a
// step: the workflow fields, not the sender's contact details.
type auditView struct {
	Status         domain.SubmissionStatus
	DueAt          string `json:",omitempty"`
	AssignedUnitID int64  `json:",omitempty"`
	Answer         string `json:",omitempty"`
	AnsweredBy     string `json:",omitempty"`
	PublishedAt    string `json:",omitempty"`
}

func auditOf(sub domain.Submission) auditView {
	return auditView{
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
