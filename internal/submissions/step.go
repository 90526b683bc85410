package submissions

import (
	"context"
	"fmt"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// StepInput is one workflow step as the step form sent it: the submission,
// the version the page was drawn with, and the fields of that step.
type StepInput struct {
	ID      int64
	Action  domain.SubmissionAction
	Version int64

	RejectReason string // reject: a RejectReason's code
	RejectNote   string // reject: the words for the sender
	UnitID       int64  // assign: the handling unit
	Answer       string // answer: the text
	Due          string // extend: the new deadline's day, as typed
	ExtendNote   string // extend: the reason
}

// StepResult is the submission as the step left it, and a message for the
// official.
type StepResult struct {
	Sub     domain.Submission
	Message string
}

// Step takes one step of the workflow. The checks come in the order that
// tells the official the most without revealing anything: the submission
// must be theirs to see (NotFound); the page they acted on must be the
// submission as it stands (Stale, with who changed it, when and to what);
// the step one their role may take from its status (Forbidden, Conflict);
// the inputs right (Invalid, each problem named by its form field). Then
// the submission (still at that version: of two officials acting at once,
// one wins), its history and the audit entry change in one transaction.
func (s *Service) Step(ctx context.Context, a usecase.Actor, in StepInput) (StepResult, error) {
	if err := a.Require(domain.ActHandleSubmissions); err != nil {
		return StepResult{}, err
	}
	if !slices.Contains(domain.SubmissionActions, in.Action) {
		return StepResult{}, domain.Errorf(domain.NotFound, "không có bước xử lý “%s”", in.Action)
	}
	before, err := visible(ctx, s.env.Store, a, in.ID)
	if err != nil {
		return StepResult{}, err
	}
	switch {
	case in.Version <= 0:
		return StepResult{}, domain.Errorf(domain.Invalid, "Biểu mẫu không cho biết trang được mở từ lúc nào: hãy tải lại trang rồi làm lại.")
	case in.Version != before.Version:
		return StepResult{}, s.staleStep(ctx, a, before)
	}
	to, err := domain.NextStatus(workflowRole(a), in.Action, before.Status)
	if err != nil {
		return StepResult{}, err
	}
	if problems := in.textProblems(); len(problems) > 0 {
		return StepResult{}, domain.InvalidInput("Bước xử lý có ký tự không hợp lệ; chưa lưu gì.", problems)
	}
	p, err := s.plan(ctx, a, before, in.clean(), to)
	if err != nil {
		return StepResult{}, err
	}
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.ApplySubmissionEvent(ctx, &p.after, p.event); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, p.event.At, usecase.Change{Action: "submission." + string(in.Action),
			Entity: entity(before), Before: auditOf(before), After: auditOf(p.after), Reason: p.reason})
	})
	if domain.ErrorCode(err) == domain.Stale {
		return StepResult{}, s.staleStep(ctx, a, before)
	}
	if err != nil {
		return StepResult{}, err
	}
	return StepResult{Sub: p.after, Message: stepMessage(p.after, in.Action)}, nil
}

// staleStep tells an official whose page was drawn before another official
// acted on the submission who did what, when, and where it stands now.
func (s *Service) staleStep(ctx context.Context, a usecase.Actor, sub domain.Submission) error {
	current, err := s.env.Store.SubmissionByID(ctx, a.Org.ID, sub.ID)
	if err != nil {
		return err
	}
	rev := domain.Revision{Version: current.Version, By: current.ChangedBy, At: current.ChangedAt, Value: current.Status.Label()}
	events, err := s.env.Store.SubmissionEvents(ctx, sub.ID)
	if err != nil {
		return err
	}
	if n := len(events); n > 0 && events[n-1].Action != "" {
		last := events[n-1]
		rev.By, rev.At = last.Actor, last.At
		rev.Value = last.Action.Label() + ": " + current.Status.Label()
		if current.Status.Open() && !current.DueAt.IsZero() {
			rev.Value += ", hạn " + domain.Today(current.DueAt).Format("02/01/2006")
		}
	}
	return domain.StaleRecord(entity(current), rev)
}

// textProblems checks the texts of the step form (domain.CheckText).
func (in StepInput) textProblems() []domain.Problem {
	var out []domain.Problem
	out = append(out, domain.TextProblems("reject-reason", in.RejectReason, false)...)
	out = append(out, domain.TextProblems("reject-note", in.RejectNote, true)...)
	out = append(out, domain.TextProblems("answer-text", in.Answer, true)...)
	out = append(out, domain.TextProblems("extend-due", in.Due, false)...)
	out = append(out, domain.TextProblems("extend-note", in.ExtendNote, true)...)
	return out
}

// clean returns the input with its texts NFC-normalised and trimmed.
func (in StepInput) clean() StepInput {
	for _, t := range []*string{&in.RejectReason, &in.RejectNote, &in.Answer, &in.Due, &in.ExtendNote} {
		*t, _ = domain.CleanText("", *t, true)
	}
	return in
}

func stepMessage(after domain.Submission, a domain.SubmissionAction) string {
	if a == domain.ActionExtend {
		return fmt.Sprintf("%s: đã gia hạn đến hết ngày %s.", after.TrackingCode, domain.Today(after.DueAt).Format("02/01/2006"))
	}
	return fmt.Sprintf("%s: %s.", after.TrackingCode, after.Status.Label())
}
