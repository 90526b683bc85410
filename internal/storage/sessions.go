package storage

import (
	"context"
	"fmt"
	"slices"
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
// or "" to end them all): after a password change or reset, or when the
// account is disabled.
func (s *Store) DeleteUserSessions(ctx context.Context, userID int64, keep string) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2`, userID, keep)
	return wrap(err, "delete sessions of user %d", userID)
}

// DeleteExpiredSessions removes sessions that ended before now.
func (s *Store) DeleteExpiredSessions(ctx context.Context, now time.Time) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= $1`, s.timeArg(now))
	return wrap(err, "delete expired sessions")
}

// CountLoginAttempt counts one sign-in attempt under each key (a login with
// an address, an address alone) at the time at, and returns, key by key, the
// attempts counted in the key's window so far, this one included. A key whose
// window started at or before windowStart starts a new window with this
// attempt. Each key is counted by one statement that both engines serialise
// on the key's row, so that attempts made at the same moment get distinct
// counts; the keys are taken in one order, so two attempts never wait on
// each other.
func (s *Store) CountLoginAttempt(ctx context.Context, keys []string, at, windowStart time.Time) ([]int, error) {
	order := slices.Clone(keys)
	slices.Sort(order)
	counts := map[string]int{}
	err := s.WithTx(ctx, func(tx *Store) error {
		for _, k := range order {
			var n int
			err := tx.q.QueryRowContext(ctx, `
				INSERT INTO login_attempts (key, window_start, attempts) VALUES ($1, $2, 1)
				ON CONFLICT (key) DO UPDATE SET
					attempts = CASE WHEN login_attempts.window_start <= $3 THEN 1 ELSE login_attempts.attempts + 1 END,
					window_start = CASE WHEN login_attempts.window_start <= $3 THEN excluded.window_start ELSE login_attempts.window_start END
				RETURNING attempts`, k, tx.timeArg(at), tx.timeArg(windowStart)).Scan(&n)
			if err != nil {
				return fmt.Errorf("count sign-in attempt: %w", err)
			}
			counts[k] = n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]int, len(keys))
	for i, k := range keys {
		out[i] = counts[k]
	}
	return out, nil
}

// ForgetLoginAttempts forgets the attempts under key: a good sign-in clears
// the failures of its login at its address.
func (s *Store) ForgetLoginAttempts(ctx context.Context, key string) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM login_attempts WHERE key = $1`, key)
	return wrap(err, "forget sign-in attempts")
}

// UncountLoginAttempt takes back one attempt counted under key: one that
// turned out good, or that the server was too busy to check.
func (s *Store) UncountLoginAttempt(ctx context.Context, key string) error {
	_, err := s.q.ExecContext(ctx, `UPDATE login_attempts SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0`, key)
	return wrap(err, "uncount sign-in attempt")
}

// DeleteOldLoginAttempts removes the counts of windows that started at or
// before windowStart: they count for nothing any more.
func (s *Store) DeleteOldLoginAttempts(ctx context.Context, windowStart time.Time) error {
	_, err := s.q.ExecContext(ctx, `DELETE FROM login_attempts WHERE window_start <= $1`, s.timeArg(windowStart))
	return wrap(err, "delete old sign-in attempts")
}
