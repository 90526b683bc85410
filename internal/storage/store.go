// Package storage keeps nq57's data in SQLite (one file, for a commune on a
// laptop) or PostgreSQL (for a province or a national deployment). One Store
// type serves both engines; SQL is written once with $N placeholders, which
// both drivers accept, and only the schema differs per engine.
package storage

import (
	"context"
	"database/sql"
)

// Engine names.
const (
	engineSQLite   = "sqlite"
	enginePostgres = "postgres"
)

// querier is what *sql.DB and *sql.Tx have in common, so that every method can
// run either on the pool or inside one transaction.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Store reads and writes nq57's data. A Store made by Open uses the connection
// pool; the Store that WithTx passes to its function is bound to one
// transaction.
type Store struct {
	db     *sql.DB
	q      querier
	engine string
	inTx   bool
}

// Engine returns "sqlite" or "postgres".
func (s *Store) Engine() string { return s.engine }

// Close closes the database. Closing a transaction-bound Store does nothing:
// the transaction ends when WithTx returns.
func (s *Store) Close() error {
	if s.inTx {
		return nil
	}
	return s.db.Close()
}
