package accounts

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
)

// ErrBusy says that every password hasher stayed busy for as long as a
// request may wait: the edge answers "try again in a moment" (HTTP 503).
var ErrBusy = domain.Errorf(domain.Busy, "Hệ thống đang bận, xin thử lại sau ít giây.")

// withHasher runs fn, which hashes or checks a password, once a hasher is
// free. It waits at most Policy.HashWait, then gives ErrBusy, so that a burst
// of sign-ins neither takes the server's memory (19 MiB a hash) nor queues
// without end.
func (s *Service) withHasher(ctx context.Context, fn func()) error {
	wait := time.NewTimer(s.policy.HashWait)
	defer wait.Stop()
	select {
	case s.hashers <- struct{}{}:
	case <-wait.C:
		return ErrBusy
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.hashers }()
	fn()
	return nil
}

// hash returns the argon2id hash of a password, computed by a free hasher.
func (s *Service) hash(ctx context.Context, password string) (string, error) {
	var h string
	var err error
	if werr := s.withHasher(ctx, func() { h, err = auth.HashPassword(password) }); werr != nil {
		return "", werr
	}
	return h, err
}

// matches reports whether password is the one hashed in hash ("" for no
// account: the check then takes as long, so that the time does not tell
// which logins exist).
func (s *Service) matches(ctx context.Context, password, hash string) (bool, error) {
	ok := false
	err := s.withHasher(ctx, func() {
		if hash == "" {
			auth.WasteTime(password)
			return
		}
		ok = auth.CheckPassword(password, hash)
	})
	return ok, err
}
