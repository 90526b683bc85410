package storage

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/testdb"
)

// A database being migrated holds up whoever opens that same database, and
// no one else: another schema of the same PostgreSQL server opens meanwhile.
// (The lock used to be one for the whole server database, so every test's
// schema queued behind every other's migrations.)
func TestMigratingOneSchemaHoldsUpOnlyThatSchema(t *testing.T) {
	t.Parallel()
	base := os.Getenv(testdb.EnvPostgres)
	if base == "" {
		t.Skip("needs PostgreSQL: set " + testdb.EnvPostgres)
	}
	busyDSN := testdb.Schema(t, base)
	otherDSN := testdb.Schema(t, base)
	busy, err := Open(t.Context(), busyDSN)
	must(t, err)
	t.Cleanup(func() { busy.Close() })

	// Hold busy's migration lock as a migration under way does.
	held, release, done := make(chan error, 1), make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		busy.WithTx(context.Background(), func(tx *Store) error {
			held <- tx.lockMigrations(context.Background())
			<-release
			return nil
		})
	}()
	t.Cleanup(func() { close(release); <-done })
	must(t, <-held)

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	other, err := Open(ctx, otherDSN)
	if err != nil {
		t.Fatalf("another schema waited for this one's migration: %v", err)
	}
	other.Close()

	ctx, cancel = context.WithTimeout(t.Context(), time.Second)
	defer cancel()
	if again, err := Open(ctx, busyDSN); err == nil {
		again.Close()
		t.Error("the same schema opened while its migration lock was held")
	}
}
