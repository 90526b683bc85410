package storage

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers driver "pgx"
	_ "modernc.org/sqlite"             // registers driver "sqlite"
)

// sqliteParams are the connection settings every SQLite connection gets: WAL
// so readers do not block the writer, a busy timeout so concurrent writers
// wait instead of failing, enforced foreign keys, and BEGIN IMMEDIATE so that a
// transaction takes the write lock up front instead of failing to upgrade it.
const sqliteParams = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_txlock=immediate"

// maxConns bounds the connections of one process: enough for the requests of a
// busy commune server, well under PostgreSQL's default limit of 100 so that
// several instances can share one server.
const maxConns = 16

// Open opens the database named by dsn, checks that it answers and brings its
// schema up to date. A dsn starting with postgres:// or postgresql:// is a
// PostgreSQL connection URL; anything else is the path of a SQLite file.
func Open(ctx context.Context, dsn string) (*Store, error) {
	engine, driver, source := parseDSN(dsn)
	db, err := sql.Open(driver, source)
	if err != nil {
		return nil, openError(dsn, err)
	}
	// database/sql keeps only 2 idle connections by default: under a few
	// concurrent requests it would close and reopen connections all the time,
	// which on PostgreSQL means a new server process each (p99 of the dashboard
	// went from 460 ms to tens of ms with a pool kept open).
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if engine == engineSQLite && isMemory(dsn) {
		// Every connection to :memory: is a database of its own.
		db.SetMaxOpenConns(1)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, openError(dsn, err)
	}
	s := &Store{db: db, q: db, engine: engine}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, openError(dsn, err)
	}
	return s, nil
}

func parseDSN(dsn string) (engine, driver, source string) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return enginePostgres, "pgx", dsn
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return engineSQLite, "sqlite", dsn + sep + sqliteParams
}

func isMemory(dsn string) bool {
	return dsn == ":memory:" || strings.Contains(dsn, "mode=memory")
}

// openError says in one line which database could not be opened and why, so
// that the command line can print it as is. A PostgreSQL URL is shown without
// its password. The cause stays reachable with errors.As.
func openError(dsn string, err error) error {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	return &lineError{msg: fmt.Sprintf("mở cơ sở dữ liệu %q: %s", redact(dsn), msg), err: err}
}

// lineError is an error whose message was flattened to one line.
type lineError struct {
	msg string
	err error
}

func (e *lineError) Error() string { return e.msg }
func (e *lineError) Unwrap() error { return e.err }

func redact(dsn string) string {
	if !strings.Contains(dsn, "://") {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "(địa chỉ PostgreSQL không đọc được)"
	}
	return u.Redacted()
}
