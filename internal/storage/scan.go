package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// How SQLite keeps calendar days and instants as text. Instants are written in
// UTC with a fixed number of digits so that comparing the text compares the
// times; microseconds because that is what PostgreSQL keeps, so a value reads
// back the same on both engines.
const (
	sqliteDate = "2006-01-02"
	sqliteTime = "2006-01-02T15:04:05.000000Z07:00"
)

// dateArg turns a calendar day into a query argument: NULL when zero, text on
// SQLite, a time for PostgreSQL's DATE.
func (s *Store) dateArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	d := domain.Date(t.Year(), t.Month(), t.Day())
	if s.engine == engineSQLite {
		return d.Format(sqliteDate)
	}
	return d
}

// timeArg turns an instant into a query argument: NULL when zero, RFC 3339
// text in UTC on SQLite, a time for PostgreSQL's TIMESTAMPTZ.
func (s *Store) timeArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	u := t.UTC().Truncate(time.Microsecond)
	if s.engine == engineSQLite {
		return u.Format(sqliteTime)
	}
	return u
}

// dateCol scans a calendar day however the engine returns it (a time from
// PostgreSQL, text from SQLite) into a UTC-midnight time; NULL gives zero.
type dateCol struct{ t *time.Time }

func (c dateCol) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*c.t = time.Time{}
	case time.Time:
		*c.t = domain.Date(x.Year(), x.Month(), x.Day())
	case string, []byte:
		return c.parse(asString(x))
	default:
		return fmt.Errorf("scan date: unexpected %T", v)
	}
	return nil
}

func (c dateCol) parse(s string) error {
	if len(s) > len(sqliteDate) {
		s = s[:len(sqliteDate)]
	}
	t, err := time.Parse(sqliteDate, s)
	if err != nil {
		return fmt.Errorf("scan date %q: %w", s, err)
	}
	*c.t = t
	return nil
}

// timeCol scans an instant however the engine returns it into a UTC time;
// NULL gives zero.
type timeCol struct{ t *time.Time }

func (c timeCol) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*c.t = time.Time{}
	case time.Time:
		*c.t = x.UTC()
	case string, []byte:
		t, err := time.Parse(time.RFC3339Nano, asString(x))
		if err != nil {
			return fmt.Errorf("scan time %q: %w", asString(x), err)
		}
		*c.t = t.UTC()
	default:
		return fmt.Errorf("scan time: unexpected %T", v)
	}
	return nil
}

func asString(v any) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return v.(string)
}

// nullID maps 0 to NULL for optional references.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// nullString maps "" to NULL for optional unique keys, which both engines
// allow to repeat only when NULL.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// floatArg maps a nil pointer to NULL.
func floatArg(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// boolArg maps a nil pointer to NULL.
func boolArg(p *bool) any {
	if p == nil {
		return nil
	}
	return *p
}

// idCol scans an optional reference; NULL gives 0.
type idCol struct{ p *int64 }

func (c idCol) Scan(v any) error {
	var n sql.NullInt64
	if err := n.Scan(v); err != nil {
		return err
	}
	*c.p = n.Int64
	return nil
}

// floatCol scans an optional number; NULL gives a nil pointer.
type floatCol struct{ p **float64 }

func (c floatCol) Scan(v any) error {
	var n sql.NullFloat64
	if err := n.Scan(v); err != nil {
		return err
	}
	*c.p = nil
	if n.Valid {
		*c.p = &n.Float64
	}
	return nil
}

// boolCol scans an optional yes/no (INTEGER 0/1 on SQLite, BOOLEAN on
// PostgreSQL); NULL gives a nil pointer.
type boolCol struct{ p **bool }

func (c boolCol) Scan(v any) error {
	var n sql.NullBool
	if err := n.Scan(v); err != nil {
		return err
	}
	*c.p = nil
	if n.Valid {
		*c.p = &n.Bool
	}
	return nil
}

// queryIDs returns the ids a query of one id column selects, in its order.
func (s *Store) queryIDs(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// placeholders returns n numbered placeholders from $from: "$1, $2, $3".
func placeholders(from, n int) string {
	marks := make([]string, n)
	for i := range marks {
		marks[i] = fmt.Sprintf("$%d", from+i)
	}
	return strings.Join(marks, ", ")
}

// idSet makes a set of ids.
func idSet(ids []int64) map[int64]bool {
	set := make(map[int64]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set
}

var (
	_ sql.Scanner = dateCol{}
	_ sql.Scanner = timeCol{}
	_ sql.Scanner = idCol{}
	_ sql.Scanner = floatCol{}
	_ sql.Scanner = boolCol{}
)
