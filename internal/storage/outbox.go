package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

const outboxColumns = `id, channel, recipient, subject, body, link, created_at, next_at, attempts, last_error, sent_at`

// ClaimOutbox claims up to limit messages due at now (not sent, next_at
// passed, no live claim), oldest first, until now+lease, and returns them.
// A claimed message is not claimed again before its lease runs out, so that
// several workers on one database never send one message twice: on
// PostgreSQL the rows are picked FOR UPDATE SKIP LOCKED, so that two workers
// claiming at once take different rows; SQLite has one writer, and the one
// statement claims atomically.
func (s *Store) ClaimOutbox(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]domain.OutboxMessage, error) {
	lock := ""
	if s.engine == enginePostgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	rows, err := s.q.QueryContext(ctx, `
		UPDATE outbox SET claimed_until = $2
		WHERE id IN (SELECT id FROM outbox
			WHERE sent_at IS NULL AND next_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1)
			ORDER BY id LIMIT $3`+lock+`)
		RETURNING `+outboxColumns, s.timeArg(now), s.timeArg(now.Add(lease)), limit)
	if err != nil {
		return nil, fmt.Errorf("claim outbox messages: %w", err)
	}
	defer rows.Close()
	var out []domain.OutboxMessage
	for rows.Next() {
		m, err := scanOutbox(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim outbox messages: %w", err)
	}
	slices.SortFunc(out, func(a, b domain.OutboxMessage) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// OutboxSent marks the message sent at the time given and counts the try.
func (s *Store) OutboxSent(ctx context.Context, id int64, at time.Time) error {
	res, err := s.q.ExecContext(ctx, `
		UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = '', claimed_until = NULL
		WHERE id = $1 AND sent_at IS NULL`, id, s.timeArg(at))
	return wrap(updated(res, err, "Không có thư %d chờ gửi.", id), "mark outbox message %d sent", id)
}

// OutboxFailed counts a failed try of the message, keeps the error, releases
// the claim and makes the message due again at next. It returns how many
// tries the message has had.
func (s *Store) OutboxFailed(ctx context.Context, id int64, problem string, next time.Time) (attempts int, err error) {
	err = s.q.QueryRowContext(ctx, `
		UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_at = $3, claimed_until = NULL
		WHERE id = $1 AND sent_at IS NULL RETURNING attempts`, id, problem, s.timeArg(next)).Scan(&attempts)
	return attempts, wrap(notFound(err, "Không có thư %d chờ gửi.", id), "mark outbox message %d failed", id)
}

// OutboxRelease gives up the claim on a message not tried (the worker
// stopping), so that it is due again at once, without counting a try.
func (s *Store) OutboxRelease(ctx context.Context, id int64) error {
	_, err := s.q.ExecContext(ctx, `UPDATE outbox SET claimed_until = NULL WHERE id = $1 AND sent_at IS NULL`, id)
	return wrap(err, "release outbox message %d", id)
}

// OutboxCounts counts the messages queued, failing (not sent after
// failingAfter tries or more) and sent.
func (s *Store) OutboxCounts(ctx context.Context, failingAfter int) (domain.OutboxCounts, error) {
	var c domain.OutboxCounts
	err := s.q.QueryRowContext(ctx, `
		SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL AND attempts < $1 THEN 1 ELSE 0 END), 0),
		       COALESCE(SUM(CASE WHEN sent_at IS NULL AND attempts >= $1 THEN 1 ELSE 0 END), 0),
		       COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0)
		FROM outbox`, failingAfter).Scan(&c.Queued, &c.Failing, &c.Sent)
	return c, wrap(err, "count outbox messages")
}

// OutboxFailing lists, oldest first and at most limit, the messages not sent
// after failingAfter tries or more, with their last error.
func (s *Store) OutboxFailing(ctx context.Context, failingAfter, limit int) ([]domain.OutboxMessage, error) {
	return s.outboxWhere(ctx, `sent_at IS NULL AND attempts >= $1 ORDER BY id LIMIT $2`, failingAfter, limit)
}

// OutboxMessage returns one message of the outbox.
func (s *Store) OutboxMessage(ctx context.Context, id int64) (domain.OutboxMessage, error) {
	ms, err := s.outboxWhere(ctx, `id = $1`, id)
	if err == nil && len(ms) == 0 {
		err = domain.Errorf(domain.NotFound, "Không có thư %d trong hàng đợi.", id)
	}
	if err != nil {
		return domain.OutboxMessage{}, err
	}
	return ms[0], nil
}

func (s *Store) outboxWhere(ctx context.Context, where string, args ...any) ([]domain.OutboxMessage, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT `+outboxColumns+` FROM outbox WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list outbox messages: %w", err)
	}
	defer rows.Close()
	var out []domain.OutboxMessage
	for rows.Next() {
		m, err := scanOutbox(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, wrap(rows.Err(), "list outbox messages")
}

func scanOutbox(rows interface{ Scan(...any) error }) (domain.OutboxMessage, error) {
	var m domain.OutboxMessage
	err := rows.Scan(&m.ID, &m.Channel, &m.Recipient, &m.Subject, &m.Body, &m.Link,
		timeCol{&m.CreatedAt}, timeCol{&m.NextAt}, &m.Attempts, &m.LastError, timeCol{&m.SentAt})
	if err != nil {
		return m, fmt.Errorf("scan outbox message: %w", err)
	}
	return m, nil
}
