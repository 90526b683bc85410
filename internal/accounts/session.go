package accounts

import (
	"context"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
)

// Session is who a session token belongs to: the user, their organisation,
// and the token's hash, which names the session in the store.
type Session struct {
	User      domain.User // without its password hash
	Org       domain.Org
	TokenHash string
}

// Session returns the session of a token a browser sent: NotFound when it is
// unknown, has expired, or its account is disabled.
func (s *Service) Session(ctx context.Context, token string) (Session, error) {
	hash := auth.HashToken(token)
	user, err := s.env.Store.SessionUser(ctx, hash, s.env.Now())
	if err != nil {
		return Session{}, err
	}
	org, err := s.env.Store.OrgByID(ctx, user.OrgID)
	if err != nil {
		return Session{}, err
	}
	user.PasswordHash = ""
	return Session{User: user, Org: org, TokenHash: hash}, nil
}

// SignOut ends the session named by its token hash.
func (s *Service) SignOut(ctx context.Context, tokenHash string) error {
	return s.env.Store.DeleteSession(ctx, tokenHash)
}

// CleanUp removes expired sessions and sign-in attempts counted in windows
// that have ended; the server runs it now and then.
func (s *Service) CleanUp(ctx context.Context) error {
	now := s.env.Now()
	if err := s.env.Store.DeleteExpiredSessions(ctx, now); err != nil {
		return err
	}
	return s.env.Store.DeleteOldLoginAttempts(ctx, now.Add(-s.policy.Window))
}
