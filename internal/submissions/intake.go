package submissions

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// SenderActor names the sender in a submission's history.
const SenderActor = "Người gửi"

// intake stores a new submission, already checked by the rules of the way it
// came in (the public form and API, staff recording one from another
// channel, a row of an Excel import), as received at sub.ReceivedAt: its
// deadline to be accepted, counted by dl; the earlier submission of the same
// sender it looks like (flagged for staff, never refused); its files; and its
// first step, taken by actor with note. st is the store, or the transaction
// the caller also audits in. It sets sub's ID, tracking code, status,
// deadline, version and duplicate link, and returns the tracking code of the
// submission it looks like, or "".
func intake(ctx context.Context, st *storage.Store, dl deadlines, sub *domain.Submission, files []domain.SubmissionFile, actor, note string) (string, error) {
	sub.Status = domain.SubmissionReceived
	sub.DueAt = dl.due(sub.Kind, domain.StageAccept, sub.ReceivedAt)
	earlier, err := st.SenderSubmissions(ctx, sub.OrgID, sub.SenderPhone, sub.SenderEmail)
	if err != nil {
		return "", fmt.Errorf("earlier submissions of the sender: %w", err)
	}
	sub.DuplicateOfID = domain.FindDuplicate(*sub, earlier)
	first := domain.SubmissionEvent{At: sub.ReceivedAt, Actor: actor, To: domain.SubmissionReceived, Note: note, DueAt: sub.DueAt}
	if err := st.CreateSubmission(ctx, sub, files, first); err != nil {
		return "", err
	}
	for _, e := range earlier {
		if e.ID == sub.DuplicateOfID {
			return e.TrackingCode, nil
		}
	}
	return "", nil
}
