package storage

import (
	"context"
	"fmt"
	"strconv"
	"strings"
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
	records, err := s.AuditSearch(ctx, domain.AuditFilter{OrgID: orgID}, limit, offset)
	if err != nil {
		return nil, err
	}
	out := make([]domain.AuditEntry, len(records))
	for i, r := range records {
		out[i] = r.AuditEntry
	}
	return out, nil
}

// AuditSearch returns the entries f lets through, newest first, a page at a
// time, each with the current name of the person who made it.
func (s *Store) AuditSearch(ctx context.Context, f domain.AuditFilter, limit, offset int) ([]domain.AuditRecord, error) {
	var out []domain.AuditRecord
	err := s.AuditEach(ctx, f, limit, offset, func(r domain.AuditRecord) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// AuditEach calls fn with each entry f lets through, newest first, without
// holding them all in memory: a page of limit entries after the first offset,
// or every entry when limit is 0. An error from fn stops it and is returned.
func (s *Store) AuditEach(ctx context.Context, f domain.AuditFilter, limit, offset int, fn func(domain.AuditRecord) error) error {
	where, args := s.auditWhere(f)
	query := `
		SELECT a.id, a.org_id, a.user_id, a.user_name, a.at, a.action, a.entity, a.before, a.after, a.reason,
			COALESCE(u.name, '')
		FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
		WHERE ` + where + ` ORDER BY a.at DESC, a.id DESC`
	if limit > 0 {
		args = append(args, limit, offset)
		query += fmt.Sprintf(` LIMIT $%d OFFSET $%d`, len(args)-1, len(args))
	}
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("read audit log of org %d: %w", f.OrgID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r domain.AuditRecord
		e := &r.AuditEntry
		if err := rows.Scan(&e.ID, &e.OrgID, idCol{&e.UserID}, &e.UserName, timeCol{&e.At}, &e.Action, &e.Entity,
			&e.Before, &e.After, &e.Reason, &r.PersonName); err != nil {
			return fmt.Errorf("read audit log of org %d: %w", f.OrgID, err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return wrap(rows.Err(), "read audit log of org %d", f.OrgID)
}

// AuditCount counts the entries f lets through.
func (s *Store) AuditCount(ctx context.Context, f domain.AuditFilter) (int, error) {
	where, args := s.auditWhere(f)
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log a WHERE `+where, args...).Scan(&n)
	return n, wrap(err, "count audit log of org %d", f.OrgID)
}

// AuditActions returns the distinct actions found in an organisation's log,
// so that a filter can offer a kind of action the labels do not know yet.
func (s *Store) AuditActions(ctx context.Context, orgID int64) ([]string, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT DISTINCT action FROM audit_log WHERE org_id = $1 ORDER BY action`, orgID)
	if err != nil {
		return nil, fmt.Errorf("list audit actions of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, fmt.Errorf("list audit actions of org %d: %w", orgID, err)
		}
		out = append(out, a)
	}
	return out, wrap(rows.Err(), "list audit actions of org %d", orgID)
}

// auditWhere turns f into the WHERE clause of a query on audit_log (aliased
// a) and its arguments. An area matches its actions by range ("program." up
// to "program/", the next character), which the index on (org_id, action)
// serves and which no LIKE wildcard can widen.
func (s *Store) auditWhere(f domain.AuditFilter) (string, []any) {
	conds, args := []string{"a.org_id = $1"}, []any{f.OrgID}
	add := func(cond string, v any) {
		args = append(args, v)
		conds = append(conds, strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(args))))
	}
	switch {
	case f.CommandLine:
		conds = append(conds, "a.user_id IS NULL")
	case f.UserID != 0:
		add("a.user_id = ?", f.UserID)
	}
	switch {
	case f.Action != "":
		add("a.action = ?", f.Action)
	case f.Area != "":
		add("a.action >= ?", f.Area+".")
		add("a.action < ?", f.Area+"/")
	}
	if !f.From.IsZero() {
		add("a.at >= ?", s.timeArg(f.From))
	}
	if !f.Until.IsZero() {
		add("a.at < ?", s.timeArg(f.Until))
	}
	return strings.Join(conds, " AND "), args
}
