package web

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// publicInput is a submission as a citizen or another app sent it, through
// the public form or the JSON API, before any check.
type publicInput struct {
	Kind, Field, Title, Content             string
	Name, Address, Phone, Email, NationalID string
}

// submission normalises the input (NFC, trimmed; the phone without spaces
// or dots; the field by its name) into a new submission to the organisation.
func (in publicInput) submission(orgID int64) domain.Submission {
	field := matchField(domain.NFC(in.Field))
	if field == "" {
		field = domain.NFC(in.Field) // kept as sent, so that the check names it
	}
	return domain.Submission{
		OrgID:            orgID,
		Kind:             domain.SubmissionKind(domain.NFC(in.Kind)),
		Field:            field,
		Title:            domain.NFC(in.Title),
		Content:          domain.NFC(in.Content),
		SenderName:       domain.NFC(in.Name),
		SenderAddress:    domain.NFC(in.Address),
		SenderPhone:      domain.NormalizePhone(in.Phone),
		SenderEmail:      domain.NFC(in.Email),
		SenderNationalID: domain.NFC(in.NationalID),
	}
}

// checkPublic lists what is wrong with a public submission, keyed by the
// form's field names: the domain's content rules and the field.
func checkPublic(sub domain.Submission) []domain.Problem {
	problems := domain.CheckNewSubmission(sub)
	return append(problems, fieldProblem(sub.Field)...)
}

// receive stores a checked public submission as received now: its deadline
// to be accepted, the earlier submission of the same sender it looks like
// (flagged for staff, never refused), its files and its first step, the
// sender's sending, all in one transaction of the store. It sets sub's ID
// and tracking code.
func (s *Server) receive(ctx context.Context, sub *domain.Submission, files []storage.SubmissionFile) error {
	now := s.now()
	sub.Channel, sub.Status, sub.ReceivedAt = publicChannel, domain.SubmissionReceived, now
	due, err := s.stageDue(ctx, sub.OrgID, sub.Kind, domain.StageAccept, now)
	if err != nil {
		return fmt.Errorf("deadline of a new submission: %w", err)
	}
	sub.DueAt = due
	earlier, err := s.store.SenderSubmissions(ctx, sub.OrgID, sub.SenderPhone, sub.SenderEmail)
	if err != nil {
		return fmt.Errorf("earlier submissions of the sender: %w", err)
	}
	sub.DuplicateOfID = domain.FindDuplicate(*sub, earlier)
	first := domain.SubmissionEvent{At: now, Actor: senderActor, To: domain.SubmissionReceived,
		Note: "Gửi trực tuyến qua nq57.", DueAt: due}
	return s.store.CreateSubmission(ctx, sub, files, first)
}

// orgDisplayName names an organisation as running text does: "xã Xuân Hưng".
func orgDisplayName(o domain.Org) string {
	prefix := map[domain.CommuneType]string{
		domain.TypeXa: "xã", domain.TypePhuong: "phường", domain.TypeDacKhu: "đặc khu",
	}[o.Type]
	if o.Level == domain.LevelProvince {
		prefix = "tỉnh"
	}
	if prefix == "" {
		return o.Name
	}
	return prefix + " " + o.Name
}
