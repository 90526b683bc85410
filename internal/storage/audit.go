package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// AddAudit records an entry of the audit log. Call it on the transaction that
// makes the change, so that the change and its record stand or fall together.
func (s *Store) AddAudit(ctx context.Context, e domain.AuditEntry) error {
	if e.At.IsZero() {
		e.At = time.Now()
	}
	_, err := s.q.ExecContext(ctx, `
		INSERT INTO audit_log (org_id, user_id, user_name, at, action, entity, before, after, reason)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		e.OrgID, nullID(e.UserID), e.UserName, s.timeArg(e.At), e.Action, e.Entity, e.Before, e.After, e.Reason)
	return wrap(err, "record audit %s", e.Action)
}

// AuditLog returns an organisation's audit entries, newest first, a page at a
// time.
func (s *Store) AuditLog(ctx context.Context, orgID int64, limit, offset int) ([]domain.AuditEntry, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT id, org_id, user_id, user_name, at, action, entity, before, after, reason
		FROM audit_log WHERE org_id = $1 ORDER BY at DESC, id DESC LIMIT $2 OFFSET $3`, orgID, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("list audit log of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.AuditEntry
	for rows.Next() {
		var e domain.AuditEntry
		if err := rows.Scan(&e.ID, &e.OrgID, idCol{&e.UserID}, &e.UserName, timeCol{&e.At}, &e.Action, &e.Entity, &e.Before, &e.After, &e.Reason); err != nil {
			return nil, fmt.Errorf("list audit log of org %d: %w", orgID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
