package notify

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Service holds the use cases of a person's own notifications, and the
// outbox's state for the command line.
type Service struct {
	env usecase.Env
}

// New returns the notification use cases on env.
func New(env usecase.Env) *Service { return &Service{env: env} }

// MaxList is the most notifications List returns.
const MaxList = 200

// person refuses an actor who is not a signed-in person: notifications
// belong to people, and the command line has none.
func person(a usecase.Actor) error {
	if a.IsCommandLine() || a.User.ID == 0 {
		return domain.Errorf(domain.Forbidden, "Chỉ người đã đăng nhập mới có thông báo.")
	}
	return nil
}

// List returns the actor's own notifications, newest first, at most limit
// (MaxList when limit is not between 1 and MaxList).
func (s *Service) List(ctx context.Context, a usecase.Actor, limit int) ([]domain.Notice, error) {
	if err := person(a); err != nil {
		return nil, err
	}
	if limit < 1 || limit > MaxList {
		limit = MaxList
	}
	return s.env.Store.Notices(ctx, a.User.ID, limit)
}

// Unread counts the actor's unread notifications.
func (s *Service) Unread(ctx context.Context, a usecase.Actor) (int, error) {
	if err := person(a); err != nil {
		return 0, err
	}
	return s.env.Store.UnreadNotices(ctx, a.User.ID)
}

// MarkRead marks one of the actor's notifications read and returns it, so
// that the page can open what it tells. Another person's notification is
// NotFound, as one that does not exist. Reading is the person's own affair:
// it is not audited, and a deactivated organisation's people may do it.
func (s *Service) MarkRead(ctx context.Context, a usecase.Actor, id int64) (domain.Notice, error) {
	if err := person(a); err != nil {
		return domain.Notice{}, err
	}
	var n domain.Notice
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.MarkNoticeRead(ctx, a.User.ID, id, s.env.Now()); err != nil {
			return err
		}
		var err error
		n, err = tx.Notice(ctx, a.User.ID, id)
		return err
	})
	return n, err
}

// MarkAllRead marks every unread notification of the actor read and
// returns how many.
func (s *Service) MarkAllRead(ctx context.Context, a usecase.Actor) (int, error) {
	if err := person(a); err != nil {
		return 0, err
	}
	var n int
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		n, err = tx.MarkAllNoticesRead(ctx, a.User.ID, s.env.Now())
		return err
	})
	return n, err
}
