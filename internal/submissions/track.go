package submissions

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// PublicView is what anyone holding a tracking code may see of a
// submission: nothing of the sender but their initials, and the sender's
// data masked wherever the texts repeat it (domain.Submission.PersonalMask).
type PublicView struct {
	Code        string
	Kind        domain.SubmissionKind
	KindName    string // "Phản ánh", as a heading writes it
	OrgName     string // "xã Xuân Hưng"
	Field       string
	Title       string
	Initials    string
	ReceivedAt  time.Time
	Status      domain.SubmissionStatus
	Open        bool
	DueAt       time.Time // the deadline of the current stage, while open
	DueStage    domain.DeadlineStage
	Overdue     bool
	Answer      string // once answered: the sender sees it at once, everyone once published
	AnsweredAt  time.Time
	PublishedAt time.Time
	History     []PublicStep
}

// PublicStep is one step of a submission's history as the sender sees it.
type PublicStep struct {
	At     time.Time
	Action domain.SubmissionAction // "" for the first step
	First  string                  // for the first step: "submit" (sent by the sender) or "record" (recorded by staff)
	Step   string                  // "Gửi", "Ghi nhận", "Tiếp nhận", "Gia hạn", …
	Status domain.SubmissionStatus
	DueAt  time.Time
	Note   string // the reason of a rejection or an extension, the answer
}

// Track finds a submission by its tracking code, typed in any case, with
// spaces or without dashes (NotFound otherwise), and returns what its
// sender, or anyone they gave the code to, may see of it.
func (s *Service) Track(ctx context.Context, code string) (PublicView, error) {
	if problems := domain.TextProblems("ma", code, false); len(problems) > 0 {
		return PublicView{}, domain.InvalidInput("Mã theo dõi có ký tự không hợp lệ.", problems)
	}
	sub, err := s.env.Store.SubmissionByCode(ctx, code)
	if err != nil {
		return PublicView{}, err
	}
	org, err := s.env.Store.OrgByID(ctx, sub.OrgID)
	if err != nil {
		return PublicView{}, fmt.Errorf("organisation of submission %s: %w", sub.TrackingCode, err)
	}
	events, err := s.env.Store.SubmissionEvents(ctx, sub.ID)
	if err != nil {
		return PublicView{}, err
	}
	mask := sub.PersonalMask()
	v := PublicView{
		Code: sub.TrackingCode, Kind: sub.Kind, KindName: KindName(sub.Kind), OrgName: org.DisplayName(),
		Field: sub.Field, Title: mask.Mask(sub.Title), Initials: domain.Initials(sub.SenderName), ReceivedAt: sub.ReceivedAt,
		Status: sub.Status, Open: sub.Status.Open(),
	}
	if v.Open && !sub.DueAt.IsZero() {
		v.DueAt, v.Overdue, v.DueStage = sub.DueAt, sub.Overdue(s.env.Now()), sub.Status.Stage()
	}
	if sub.Status.Answered() {
		v.Answer, v.AnsweredAt, v.PublishedAt = mask.Mask(sub.Answer), sub.AnsweredAt, sub.PublishedAt
	}
	for _, ev := range events {
		v.History = append(v.History, publicStep(mask, ev))
	}
	return v, nil
}

func publicStep(mask *domain.PersonalMask, ev domain.SubmissionEvent) PublicStep {
	st := PublicStep{At: ev.At, Action: ev.Action, Status: ev.To, DueAt: ev.DueAt, Note: mask.Mask(ev.Note)}
	switch {
	case ev.Action != "":
		st.Step = ev.Action.Label()
	case ev.Actor == SenderActor:
		st.Step, st.First = "Gửi", "submit"
	default:
		st.Step, st.First = "Ghi nhận", "record" // recorded by staff from another channel
	}
	return st
}

// KindName names a kind with a capital, as a heading or a cell does.
func KindName(k domain.SubmissionKind) string { return domain.UpperFirst(k.Label()) }

// shorten cuts a text to at most n characters at a word boundary, with an
// ellipsis when it was cut.
func shorten(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	cut := string([]rune(text)[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}
