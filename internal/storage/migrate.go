package storage

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// migrations holds one folder of numbered SQL files per engine
// ("0001_init.sql"). Each file is applied once, in a transaction of its own,
// and recorded in schema_migrations.
//
//go:embed migrations
var migrations embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

func (s *Store) migrate(ctx context.Context) error {
	list, err := loadMigrations(s.engine)
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range list {
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration unless it is recorded already. The check happens
// inside the transaction, after taking the write lock, so that two processes
// opening the same database at once do not both apply it.
func (s *Store) apply(ctx context.Context, m migration) error {
	return s.WithTx(ctx, func(tx *Store) error {
		if err := tx.lockMigrations(ctx); err != nil {
			return fmt.Errorf("lock for migration %s: %w", m.name, err)
		}
		var n int
		err := tx.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, m.version).Scan(&n)
		if err != nil {
			return fmt.Errorf("check migration %s: %w", m.name, err)
		}
		if n > 0 {
			return nil
		}
		if _, err := tx.q.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("apply migration %s: %w", m.name, err)
		}
		if _, err := tx.q.ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, m.version); err != nil {
			return fmt.Errorf("record migration %s: %w", m.name, err)
		}
		return nil
	})
}

// lockMigrations takes the lock that lets one process at a time migrate this
// database, until the transaction tx ends. SQLite needs none: its
// transactions hold the write lock from BEGIN. On PostgreSQL it is an
// advisory lock keyed by the schema the connection works in, so that
// databases in other schemas of the same server (each test has one) migrate
// at the same time instead of queueing behind one another.
func (tx *Store) lockMigrations(ctx context.Context) error {
	if tx.engine != enginePostgres {
		return nil
	}
	_, err := tx.q.ExecContext(ctx, `SELECT pg_advisory_xact_lock(5757, hashtext(current_schema()))`)
	return err
}

func loadMigrations(engine string) ([]migration, error) {
	dir := path.Join("migrations", engine)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations %s: %w", dir, err)
	}
	var list []migration
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		m, err := readMigration(dir, e.Name())
		if err != nil {
			return nil, err
		}
		list = append(list, m)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].version < list[j].version })
	return list, nil
}

func readMigration(dir, name string) (migration, error) {
	prefix, _, _ := strings.Cut(name, "_")
	version, err := strconv.Atoi(prefix)
	if err != nil || version <= 0 {
		return migration{}, fmt.Errorf("migration %s/%s: name must start with a version number", dir, name)
	}
	body, err := fs.ReadFile(migrations, path.Join(dir, name))
	if err != nil {
		return migration{}, fmt.Errorf("read migration %s/%s: %w", dir, name, err)
	}
	return migration{version: version, name: name, sql: string(body)}, nil
}
