package submissions

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Detail is one submission as staff see it: everything the sender gave
// (contact details included: staff need them to answer), the files, the
// history, the deadline, and what the actor may do with it now.
type Detail struct {
	Sub           domain.Submission
	UnitName      string
	Files         []domain.SubmissionFile // without their contents
	Events        []domain.SubmissionEvent
	Overdue       bool
	DueSoon       bool
	DuplicateCode string
	Actions       []domain.SubmissionAction // the steps the actor may take now, in workflow order
	Units         []domain.Unit
	Templates     []domain.AnswerTemplate
	RejectReasons []RejectReason
	MinDue        time.Time // the earliest new deadline an extension may set
	// Published is what publishing shows the public: the title and the
	// answer with the sender's data masked; Personal names the kinds of the
	// sender's data the title, content and answer repeat (masked when
	// published), for the warning beside the publish button.
	Published PublishedAnswer
	Personal  []string
	Initials  string // the sender's name as the public reads it
}

// Submission returns a submission of the actor's organisation as staff see
// it; another organisation's, or for unit staff another unit's, is NotFound.
func (s *Service) Submission(ctx context.Context, a usecase.Actor, id int64) (Detail, error) {
	if err := a.Require(domain.ActHandleSubmissions); err != nil {
		return Detail{}, err
	}
	st := s.env.Store
	sub, err := visible(ctx, st, a, id)
	if err != nil {
		return Detail{}, err
	}
	d := Detail{Sub: sub, Actions: domain.AllowedActions(workflowRole(a), sub.Status), RejectReasons: RejectReasons(a.Org),
		MinDue: minNewDue(sub, s.env.Now())}
	if d.Units, err = st.Units(ctx, a.Org.ID); err != nil {
		return Detail{}, fmt.Errorf("units for submission %d: %w", id, err)
	}
	d.UnitName = domain.UnitNames(d.Units)[sub.AssignedUnitID]
	if d.Files, err = st.SubmissionFiles(ctx, id); err != nil {
		return Detail{}, err
	}
	if d.Events, err = st.SubmissionEvents(ctx, id); err != nil {
		return Detail{}, err
	}
	if d.Templates, err = st.AnswerTemplates(ctx, a.Org.ID); err != nil {
		return Detail{}, err
	}
	d.Overdue, d.DueSoon = DeadlineMarks(sub, s.env.Now())
	if sub.DuplicateOfID != 0 {
		earlier, err := st.SubmissionByID(ctx, a.Org.ID, sub.DuplicateOfID)
		if err != nil {
			return Detail{}, fmt.Errorf("earlier submission %d: %w", sub.DuplicateOfID, err)
		}
		d.DuplicateCode = earlier.TrackingCode
	}
	d.Published = published(sub, a.Org.DisplayName())
	d.Personal, d.Initials = sub.PersonalMask().Found(sub.Title, sub.Content, sub.Answer), domain.Initials(sub.SenderName)
	return d, nil
}

// File returns one attachment, with its contents, of a submission the actor
// may see; NotFound otherwise.
func (s *Service) File(ctx context.Context, a usecase.Actor, id, fileID int64) (domain.SubmissionFile, error) {
	if err := a.Require(domain.ActHandleSubmissions); err != nil {
		return domain.SubmissionFile{}, err
	}
	sub, err := visible(ctx, s.env.Store, a, id)
	if err != nil {
		return domain.SubmissionFile{}, err
	}
	return s.env.Store.SubmissionFile(ctx, sub.ID, fileID)
}
