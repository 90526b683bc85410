package storage

import (
	"context"
	"fmt"
)

// WithTx runs fn with a Store bound to one transaction. It commits when fn
// returns nil and rolls back when fn returns an error or panics (the panic
// goes on up). On a Store already bound to a transaction it simply calls fn
// with that Store, so that write methods compose into one transaction.
//
// Inside fn, use tx, not s: on SQLite a write through s would wait for the
// transaction that fn is running in, until the busy timeout runs out.
func (s *Store) WithTx(ctx context.Context, fn func(tx *Store) error) error {
	if s.inTx {
		return fn(s)
	}
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	// After a commit, Rollback does nothing; on an error or a panic it undoes
	// everything fn wrote.
	defer sqlTx.Rollback()
	if err := fn(&Store{db: s.db, q: sqlTx, engine: s.engine, inTx: true}); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit transaction: %w", err)
	}
	return nil
}
