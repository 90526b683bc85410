package web

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// publicView is what anyone holding a tracking code may see of a
// submission: no contact details of the sender, only their initials.
type publicView struct {
	Code        string
	Kind        domain.SubmissionKind
	KindName    string
	OrgName     string
	Field       string
	Title       string
	Initials    string
	ReceivedAt  time.Time
	Status      domain.SubmissionStatus
	StatusLabel string
	Open        bool
	DueAt       time.Time // the deadline of the current stage, while open
	DueLabel    string    // "Hạn tiếp nhận" or "Hạn trả lời"
	Overdue     bool
	Answer      string // once answered: the sender sees it at once, everyone once published
	AnsweredAt  time.Time
	PublishedAt time.Time
	History     []historyStep
}

// historyStep is one step of a submission's history as the sender sees it.
type historyStep struct {
	At          time.Time
	Action      domain.SubmissionAction // "" for the first step
	Step        string                  // "Gửi", "Tiếp nhận", "Gia hạn", …
	Status      domain.SubmissionStatus
	StatusLabel string
	DueAt       time.Time
	Note        string // the reason of a rejection or an extension, the answer
}

// publicViewOf gathers what the sender (or anyone with the code) may see of
// a submission, with its history.
func (s *Server) publicViewOf(ctx context.Context, sub domain.Submission) (publicView, error) {
	org, err := s.store.OrgByID(ctx, sub.OrgID)
	if err != nil {
		return publicView{}, fmt.Errorf("organisation of submission %s: %w", sub.TrackingCode, err)
	}
	events, err := s.store.SubmissionEvents(ctx, sub.ID)
	if err != nil {
		return publicView{}, err
	}
	v := publicView{
		Code: sub.TrackingCode, Kind: sub.Kind, KindName: kindName(sub.Kind), OrgName: org.DisplayName(),
		Field: sub.Field, Title: sub.Title, Initials: initials(sub.SenderName), ReceivedAt: sub.ReceivedAt,
		Status: sub.Status, StatusLabel: sub.Status.Label(), Open: sub.Status.Open(),
	}
	if v.Open && !sub.DueAt.IsZero() {
		v.DueAt, v.Overdue = sub.DueAt, sub.Overdue(s.now())
		v.DueLabel = map[domain.DeadlineStage]string{domain.StageAccept: "Hạn tiếp nhận", domain.StageAnswer: "Hạn trả lời"}[sub.Status.Stage()]
	}
	if sub.Status.Answered() {
		v.Answer, v.AnsweredAt, v.PublishedAt = sub.Answer, sub.AnsweredAt, sub.PublishedAt
	}
	for _, ev := range events {
		v.History = append(v.History, historyStep{At: ev.At, Action: ev.Action, Step: stepName(ev),
			Status: ev.To, StatusLabel: ev.To.Label(), DueAt: ev.DueAt, Note: ev.Note})
	}
	return v, nil
}

// stepName names a step of the history for the sender.
func stepName(ev domain.SubmissionEvent) string {
	switch {
	case ev.Action != "":
		return ev.Action.Label()
	case ev.Actor == senderActor:
		return "Gửi"
	}
	return "Ghi nhận" // recorded by staff from another channel
}

// kindName names a kind with a capital, as a heading or a cell does.
func kindName(k domain.SubmissionKind) string {
	for _, c := range kindChoices {
		if c.Kind == k {
			return c.Name
		}
	}
	return k.Label()
}
