package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// Sessions live in the database, so that any instance serving the same
// database knows them. Only a hash of the token is stored: a copy of the
// database does not let anyone sign in.

// CreateSession records a session for the user until expires.
func (s *Store) CreateSession(ctx context.Context, tokenHash string, userID int64, created, expires time.Time) error {
	_, err := s.q.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
		tokenHash, userID, s.timeArg(created), s.timeArg(expires))
	return wrap(err, "create session for user %d", userID)
}

// SessionUser returns the enabled user of a session that has not expired at now.
func (s *Store) SessionUser(ctx context.Context, tokenHash string, now time.Time) (domain.User, error) {
	u, err := scanUser(s.q.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users
		WHERE id = (SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2) AND NOT disabled`,
		tokenHash, s.timeArg(now)))
	return u, wrap(notFound(err, "phiên đăng nhập đã hết hạn"), "load session")
}

// DeleteSession ends one session (sign-out).
func (s *Store) DeleteSession(ctx context.Context, tokenHash string) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = $1`, tokenHash)
	return wrap(err, "delete session")
}

// DeleteUserSessions ends every session of a user except keep (a token hash,
// or "" to end them all): after a password change or reset.
func (s *Store) DeleteUserSessions(ctx context.Context, userID int64, keep string) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2`, userID, keep)
	return wrap(err, "delete sessions of user %d", userID)
}

// DeleteExpiredSessions removes sessions that ended before now.
func (s *Store) DeleteExpiredSessions(ctx context.Context, now time.Time) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= $1`, s.timeArg(now))
	return wrap(err, "delete expired sessions")
}

// RecordLoginFailure notes a failed sign-in under key (a login, or a client
// address), for throttling.
func (s *Store) RecordLoginFailure(ctx context.Context, key string, at time.Time) error {
	_, err := s.q.ExecContext(ctx, `INSERT INTO login_failures (key, at) VALUES ($1, $2)`, key, s.timeArg(at))
	return wrap(err, "record login failure")
}

// LoginFailures counts the failures under key since the given time.
func (s *Store) LoginFailures(ctx context.Context, key string, since time.Time) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM login_failures WHERE key = $1 AND at > $2`, key, s.timeArg(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count login failures: %w", err)
	}
	return n, nil
}

// ClearLoginFailures forgets the failures under key (after a good sign-in)
// and every failure older than before.
func (s *Store) ClearLoginFailures(ctx context.Context, key string, before time.Time) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM login_failures WHERE key = $1 OR at < $2`, key, s.timeArg(before))
	return wrap(err, "clear login failures")
}
