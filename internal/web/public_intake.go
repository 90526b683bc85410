package web

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// publicInput is a submission as it was typed or sent, before any check:
// through the public form or the JSON API, or on the form where staff record
// one that came by another channel.
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

// receive stores a checked public submission as received now, sent by its
// sender (see intake). It sets sub's ID and tracking code.
func (s *Server) receive(ctx context.Context, sub *domain.Submission, files []storage.SubmissionFile) error {
	dl, err := s.orgDeadlines(ctx, sub.OrgID)
	if err != nil {
		return fmt.Errorf("deadline of a new submission: %w", err)
	}
	sub.Channel, sub.ReceivedAt = publicChannel, s.now()
	_, err = intake(ctx, s.store, dl, sub, files, senderActor, "Gửi trực tuyến qua nq57.")
	return err
}
