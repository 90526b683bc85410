package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// Recipients returns the enabled users of the organisation whose role is one
// of roles (every role when roles is empty), by login.
func (s *Store) Recipients(ctx context.Context, orgID int64, roles []domain.UserRole) ([]domain.User, error) {
	args := []any{orgID}
	where := ""
	if len(roles) > 0 {
		marks := make([]string, len(roles))
		for i, r := range roles {
			args = append(args, string(r))
			marks[i] = fmt.Sprintf("$%d", len(args))
		}
		where = " AND role IN (" + strings.Join(marks, ", ") + ")"
	}
	rows, err := s.q.QueryContext(ctx, `SELECT `+userColumns+` FROM users WHERE org_id = $1 AND NOT disabled`+where+` ORDER BY login`, args...)
	if err != nil {
		return nil, fmt.Errorf("list recipients in org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("scan recipient: %w", err)
		}
		out = append(out, u)
	}
	return out, wrap(rows.Err(), "list recipients in org %d", orgID)
}

// AddNotice stores n for its user and sets n.ID. A notice whose DedupKey the
// user already has is not stored again: added is false and n.ID stays 0.
func (s *Store) AddNotice(ctx context.Context, n *domain.Notice) (added bool, err error) {
	err = s.q.QueryRowContext(ctx, `
		INSERT INTO notifications (user_id, org_id, kind, title, body, link, dedup_key, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (user_id, dedup_key) WHERE dedup_key <> '' DO NOTHING RETURNING id`,
		n.UserID, n.OrgID, string(n.Kind), n.Title, n.Body, n.Link, n.DedupKey, s.timeArg(n.CreatedAt),
	).Scan(&n.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("add notice %s for user %d: %w", n.Kind, n.UserID, err)
	}
	return true, nil
}

// EnqueueOutbox writes m to the outbox, due at m.NextAt (m.CreatedAt when
// zero), and sets m.ID.
func (s *Store) EnqueueOutbox(ctx context.Context, m *domain.OutboxMessage) error {
	if m.NextAt.IsZero() {
		m.NextAt = m.CreatedAt
	}
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO outbox (channel, recipient, subject, body, link, created_at, next_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		m.Channel, m.Recipient, m.Subject, m.Body, m.Link, s.timeArg(m.CreatedAt), s.timeArg(m.NextAt),
	).Scan(&m.ID)
	return wrap(err, "enqueue %s to %s", m.Channel, m.Recipient)
}

// Notices returns the user's notifications, newest first, at most limit.
func (s *Store) Notices(ctx context.Context, userID int64, limit int) ([]domain.Notice, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT id, user_id, org_id, kind, title, body, link, dedup_key, created_at, read_at
		FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT $2`, userID, limit)
	if err != nil {
		return nil, fmt.Errorf("list notices of user %d: %w", userID, err)
	}
	defer rows.Close()
	var out []domain.Notice
	for rows.Next() {
		var n domain.Notice
		var kind string
		if err := rows.Scan(&n.ID, &n.UserID, &n.OrgID, &kind, &n.Title, &n.Body, &n.Link, &n.DedupKey,
			timeCol{&n.CreatedAt}, timeCol{&n.ReadAt}); err != nil {
			return nil, fmt.Errorf("scan notice: %w", err)
		}
		n.Kind = domain.NoticeKind(kind)
		out = append(out, n)
	}
	return out, wrap(rows.Err(), "list notices of user %d", userID)
}

// UnreadNotices counts the user's unread notifications.
func (s *Store) UnreadNotices(ctx context.Context, userID int64) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL`, userID).Scan(&n)
	return n, wrap(err, "count unread notices of user %d", userID)
}

// OutboxUnsent counts the messages of the outbox not sent yet.
func (s *Store) OutboxUnsent(ctx context.Context) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL`).Scan(&n)
	return n, wrap(err, "count unsent outbox messages")
}

// Notice returns the user's notification with the id; another person's is
// NotFound, as one that does not exist.
func (s *Store) Notice(ctx context.Context, userID, id int64) (domain.Notice, error) {
	var n domain.Notice
	var kind string
	err := s.q.QueryRowContext(ctx, `
		SELECT id, user_id, org_id, kind, title, body, link, dedup_key, created_at, read_at
		FROM notifications WHERE id = $1 AND user_id = $2`, id, userID).Scan(&n.ID, &n.UserID, &n.OrgID, &kind,
		&n.Title, &n.Body, &n.Link, &n.DedupKey, timeCol{&n.CreatedAt}, timeCol{&n.ReadAt})
	n.Kind = domain.NoticeKind(kind)
	return n, wrap(notFound(err, "Không có thông báo này."), "load notice %d of user %d", id, userID)
}

// MarkNoticeRead marks the user's notification read at the time given (a
// notice read already keeps its first time); another person's is NotFound.
func (s *Store) MarkNoticeRead(ctx context.Context, userID, id int64, at time.Time) error {
	res, err := s.q.ExecContext(ctx, `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2`,
		id, userID, s.timeArg(at))
	return wrap(updated(res, err, "Không có thông báo này."), "mark notice %d of user %d read", id, userID)
}

// MarkAllNoticesRead marks every unread notification of the user read at
// the time given and returns how many.
func (s *Store) MarkAllNoticesRead(ctx context.Context, userID int64, at time.Time) (int, error) {
	res, err := s.q.ExecContext(ctx, `UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`, userID, s.timeArg(at))
	if err != nil {
		return 0, fmt.Errorf("mark notices of user %d read: %w", userID, err)
	}
	n, err := res.RowsAffected()
	return int(n), wrap(err, "mark notices of user %d read", userID)
}
