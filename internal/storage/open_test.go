package storage

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestOpenAppliesMigrationsOnce(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "nq57.db")
	first, err := Open(t.Context(), path)
	must(t, err)
	org := domain.Org{Code: "xuan-hung", Name: "Xuân Hưng"}
	must(t, first.SaveOrg(t.Context(), &org))
	must(t, first.Close())

	second, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("opening the same file again: %v", err)
	}
	defer second.Close()
	var n int
	must(t, second.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&n))
	if want := len(mustMigrations(t, engineSQLite)); n != want {
		t.Errorf("schema_migrations has %d rows, want %d", n, want)
	}
	if _, err := second.OrgByCode(t.Context(), "xuan-hung"); err != nil {
		t.Errorf("data written before reopening is gone: %v", err)
	}
}

func TestEveryEngineHasTheSameMigrationVersions(t *testing.T) {
	t.Parallel()
	sqlite, postgres := mustMigrations(t, engineSQLite), mustMigrations(t, enginePostgres)
	if len(sqlite) == 0 || len(sqlite) != len(postgres) {
		t.Fatalf("sqlite has %d migrations, postgres %d", len(sqlite), len(postgres))
	}
	for i := range sqlite {
		if sqlite[i].version != postgres[i].version {
			t.Errorf("migration %d: sqlite version %d, postgres %d", i, sqlite[i].version, postgres[i].version)
		}
	}
}

func mustMigrations(t *testing.T, engine string) []migration {
	t.Helper()
	list, err := loadMigrations(engine)
	must(t, err)
	return list
}

func TestOpenNamesTheEngine(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		if want := strings.TrimPrefix(t.Name(), "TestOpenNamesTheEngine/"); s.Engine() != want {
			t.Errorf("Engine() = %q, want %q", s.Engine(), want)
		}
	})
}

func TestOpenFailureIsOneClearLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, dsn, wantIn, wantOut string
	}{
		{"unreachable server", "postgres://nq57:secret@127.0.0.1:1/nq57?sslmode=disable&connect_timeout=2",
			`mở cơ sở dữ liệu "postgres://nq57:xxxxx@127.0.0.1:1/nq57`, "secret"},
		{"missing folder", filepath.Join(t.TempDir(), "no", "such", "folder", "nq57.db"),
			`mở cơ sở dữ liệu "`, "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(t.Context(), tt.dsn)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded, want an error")
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("message spans several lines: %q", msg)
			}
			if !strings.HasPrefix(msg, tt.wantIn) {
				t.Errorf("message %q does not start with %q", msg, tt.wantIn)
			}
			if strings.Contains(msg, tt.wantOut) {
				t.Errorf("message %q contains %q", msg, tt.wantOut)
			}
		})
	}
}
