// Package notify tells people what happened: in-app notifications, and
// e-mail through the outbox when a person has an address. A use case calls
// Tell in the transaction of the event, so that the notice and the e-mail
// exist exactly when the event does; the outbox worker sends the e-mail
// later, retrying until it goes.
package notify

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// Audience is who in an organisation is told: the enabled users with one of
// Roles (everyone when empty).
type Audience struct {
	OrgID int64
	Roles []domain.UserRole
}

// Tell writes notice n, on tx at the time given, to every person of the
// audience, and an e-mail to the outbox for each of them with an address.
// A notice with a DedupKey a person already has is neither stored nor
// e-mailed again (a reminder is made once). It returns how many people were
// told.
func Tell(ctx context.Context, tx *storage.Store, at time.Time, to Audience, n domain.Notice) (int, error) {
	users, err := tx.Recipients(ctx, to.OrgID, to.Roles)
	if err != nil {
		return 0, err
	}
	told := 0
	for _, u := range users {
		one := n
		one.UserID, one.OrgID, one.CreatedAt = u.ID, u.OrgID, at
		added, err := tx.AddNotice(ctx, &one)
		if err != nil {
			return told, err
		}
		if !added {
			continue
		}
		told++
		if u.Email == "" {
			continue
		}
		m := domain.OutboxMessage{Channel: domain.OutboxEmail, Recipient: u.Email,
			Subject: "[nq57] " + n.Title, Body: emailBody(u, n), Link: n.Link, CreatedAt: at}
		if err := tx.EnqueueOutbox(ctx, &m); err != nil {
			return told, fmt.Errorf("e-mail notice %s: %w", n.Kind, err)
		}
	}
	return told, nil
}

// emailBody is the text of the e-mail that carries notice n to u; the
// sender adds the link, with the server's address, below it.
func emailBody(u domain.User, n domain.Notice) string {
	name := u.Name
	if name == "" {
		name = u.Login
	}
	body := "Kính gửi " + name + ",\n\n" + n.Title + "."
	if n.Body != "" {
		body += "\n\n" + n.Body
	}
	return body
}
