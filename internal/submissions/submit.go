package submissions

import (
	"context"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// ErrTooMany refuses a public submission from a client that sent too many
// in a short time; nothing is stored.
var ErrTooMany = errors.New("too many submissions from this client")

// SubmitInput is a submission sent by a citizen or a firm, without an
// account, through the public form or the JSON API.
type SubmitInput struct {
	OrgCode string // the organisation it is sent to, by its code ("xuan-hung")
	Input
	// Consent: the sender confirmed that the content is true and agreed to
	// be contacted about it. The form asks; an app calling the API gives it
	// by calling.
	Consent bool
	// Files are the attachments, read and checked by the edge that received
	// them (their type against their content); FileProblems what it found
	// wrong with them, reported with every other problem.
	Files        []domain.SubmissionFile
	FileProblems []domain.Problem
	// Admit says whether the client may send one more now; it is asked only
	// once the submission is found good, so that a refused one does not
	// count. Nil admits every submission.
	Admit func() bool
}

// Receipt is a stored public submission: its tracking code, status and
// deadline are set.
type Receipt struct {
	Sub domain.Submission
}

// PublicOrg returns the organisation a public page names by its code;
// NotFound when there is none.
func (s *Service) PublicOrg(ctx context.Context, code string) (domain.Org, error) {
	return s.env.Store.CommuneByCode(ctx, domain.NFC(code))
}

// AcceptingOrg returns the organisation a public form names by its code, if
// it takes new submissions: a deactivated commune's is refused (Conflict)
// with a message saying so, its answers published before stay readable.
func (s *Service) AcceptingOrg(ctx context.Context, code string) (domain.Org, error) {
	org, err := s.PublicOrg(ctx, code)
	if err != nil || org.Active() {
		return org, err
	}
	return domain.Org{}, domain.Errorf(domain.Conflict, "%s đã ngừng hoạt động trên nq57 từ ngày %s nên không nhận phản ánh, kiến nghị mới. Xin gửi đến xã, phường nơi bạn cư trú hiện nay.",
		domain.UpperFirst(org.DisplayName()), org.DeactivatedAt.In(domain.Vietnam).Format("02/01/2006"))
}

// Submit receives a public submission: every problem of its texts, field,
// consent and files is reported at once (Invalid) and nothing is stored; a
// good one from a client over its limit is ErrTooMany; otherwise it is
// stored as received now, sent by its sender, with its deadline to be
// accepted and a near-duplicate of the same sender flagged.
func (s *Service) Submit(ctx context.Context, in SubmitInput) (Receipt, error) {
	if problems := domain.TextProblems("org", in.OrgCode, false); len(problems) > 0 {
		return Receipt{}, domain.InvalidInput("Phản ánh, kiến nghị chưa hợp lệ; chưa lưu gì.", problems)
	}
	if domain.NFC(in.OrgCode) == "" {
		return Receipt{}, domain.InvalidInput("Yêu cầu chưa hợp lệ.", []domain.Problem{{Field: "org",
			Message: "cần mã xã, phường, đặc khu nhận phản ánh, kiến nghị (ví dụ “xuan-hung”)"}})
	}
	org, err := s.AcceptingOrg(ctx, in.OrgCode)
	if err != nil {
		return Receipt{}, err
	}
	if problems := in.textProblems(); len(problems) > 0 {
		return Receipt{}, domain.InvalidInput("Phản ánh, kiến nghị có ký tự không hợp lệ; chưa lưu gì.", problems)
	}
	sub := in.submission(org.ID)
	problems := append(domain.CheckNewSubmission(sub), fieldProblem(sub.Field)...)
	if !in.Consent {
		problems = append(problems, domain.Problem{Field: "consent",
			Message: "Cần đánh dấu xác nhận nội dung trung thực và đồng ý cho cơ quan dùng thông tin liên hệ để xử lý."})
	}
	problems = append(problems, in.FileProblems...)
	if len(problems) > 0 {
		return Receipt{}, domain.InvalidInput("Phản ánh, kiến nghị chưa hợp lệ; chưa lưu gì.", problems)
	}
	if in.Admit != nil && !in.Admit() {
		return Receipt{}, ErrTooMany
	}
	dl, err := loadDeadlines(ctx, s.env.Store, org.ID)
	if err != nil {
		return Receipt{}, fmt.Errorf("deadline of a new submission: %w", err)
	}
	sub.Channel, sub.ReceivedAt = domain.ChannelOnline, s.env.Now()
	if _, err := intake(ctx, s.env.Store, dl, &sub, in.Files, SenderActor, "Gửi trực tuyến qua nq57."); err != nil {
		return Receipt{}, err
	}
	return Receipt{Sub: sub}, nil
}
