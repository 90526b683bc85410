package notify

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// OutboxState is the outbox at a glance, for the person who runs the
// server: how many messages wait, fail and went, and the oldest failing
// ones with their last error.
type OutboxState struct {
	domain.OutboxCounts
	FailingMessages []domain.OutboxMessage // the oldest failing, at most MaxFailingShown
}

// MaxFailingShown is how many failing messages Outbox lists.
const MaxFailingShown = 20

// Outbox reports the outbox's state. Only the command line may read it:
// the outbox holds every person's e-mail of the deployment.
func (s *Service) Outbox(ctx context.Context, a usecase.Actor) (OutboxState, error) {
	if !a.IsCommandLine() {
		return OutboxState{}, domain.Errorf(domain.Forbidden, "Chỉ người quản trị máy chủ (dòng lệnh) xem được hàng đợi thư.")
	}
	counts, err := s.env.Store.OutboxCounts(ctx, domain.OutboxFailingAfter)
	if err != nil {
		return OutboxState{}, err
	}
	failing, err := s.env.Store.OutboxFailing(ctx, domain.OutboxFailingAfter, MaxFailingShown)
	return OutboxState{OutboxCounts: counts, FailingMessages: failing}, err
}
