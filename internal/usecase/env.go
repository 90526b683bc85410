package usecase

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// Env is what every use case is given: the store and the clock.
type Env struct {
	Store *storage.Store
	Now   func() time.Time
}

// NewEnv returns an Env on store with the given clock (time.Now when nil).
func NewEnv(store *storage.Store, now func() time.Time) Env {
	if now == nil {
		now = time.Now
	}
	return Env{Store: store, Now: now}
}

// Open opens the store named by dsn (a SQLite file, or a postgres:// URL) and
// returns an Env on it with the given clock; Close closes it.
func Open(ctx context.Context, dsn string, now func() time.Time) (Env, error) {
	store, err := storage.Open(ctx, dsn)
	if err != nil {
		return Env{}, err
	}
	return NewEnv(store, now), nil
}

// Close closes the store.
func (e Env) Close() error { return e.Store.Close() }

// Change is one entry of the audit log as a use case describes it.
type Change struct {
	Action string // "progress.save", "report.issue", …
	Entity string // what changed, in words: "số liệu tháng 3 năm 2026"
	Before any    // kept as JSON; nil for nothing
	After  any
	Reason string // for unlocks, extensions, returns
}

// Audit writes c to the audit log of the actor's organisation on tx, the
// transaction that makes the change, at the time given.
func Audit(ctx context.Context, tx *storage.Store, a Actor, at time.Time, c Change) error {
	return AuditOrg(ctx, tx, a, a.Org.ID, at, c)
}

// AuditOrg is Audit for a change to another organisation's data (a province
// acting on a commune's report): the entry goes to the log of orgID.
func AuditOrg(ctx context.Context, tx *storage.Store, a Actor, orgID int64, at time.Time, c Change) error {
	before, err := toJSON(c.Before)
	if err != nil {
		return fmt.Errorf("audit %s: %w", c.Action, err)
	}
	after, err := toJSON(c.After)
	if err != nil {
		return fmt.Errorf("audit %s: %w", c.Action, err)
	}
	return tx.AddAudit(ctx, domain.AuditEntry{
		OrgID: orgID, UserID: a.User.ID, UserName: a.Login(), At: at,
		Action: c.Action, Entity: c.Entity, Before: before, After: after, Reason: c.Reason,
	})
}

func toJSON(v any) (string, error) {
	if v == nil {
		return "", nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	if string(b) == "null" {
		return "", nil
	}
	return string(b), nil
}
