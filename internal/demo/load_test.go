package demo_test

import (
	"context"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
)

func open(t *testing.T, dsn string) *storage.Store {
	t.Helper()
	s, err := storage.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// snapshot reads back everything the demo writes.
type snapshot struct {
	Orgs     []domain.Org
	Units    []domain.Unit
	Program  domain.Program
	Progress map[int64][]domain.Progress
	Meetings []domain.Meeting
	Settings domain.ReportSettings
}

func take(t *testing.T, s *storage.Store) snapshot {
	t.Helper()
	ctx := context.Background()
	org, err := s.OrgByCode(ctx, demo.CommuneCode)
	if err != nil {
		t.Fatal(err)
	}
	var snap snapshot
	provinces, err := s.Orgs(ctx, 0)
	must(t, err)
	communes, err := s.Orgs(ctx, org.ParentID)
	must(t, err)
	snap.Orgs = append(provinces, communes...)
	snap.Units, err = s.Units(ctx, org.ID)
	must(t, err)
	snap.Program, err = s.ProgramForYear(ctx, org.ID, 2026)
	must(t, err)
	snap.Progress, err = s.ProgressUpTo(ctx, snap.Program.ID, domain.Period{Kind: domain.Year, Year: 2026})
	must(t, err)
	snap.Meetings, err = s.Meetings(ctx, org.ID, domain.Date(2026, 1, 1), domain.Date(2026, 12, 31))
	must(t, err)
	snap.Settings, err = s.ReportSettings(ctx, org.ID, domain.ReportKindNQ57Monthly, domain.MonthPeriod(2026, 3))
	must(t, err)
	return snap
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestLoadingTheDemoTwiceChangesNothing(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := open(t, dsn)
		must(t, demo.Load(context.Background(), s))
		first := take(t, s)
		must(t, demo.Load(context.Background(), s))
		second := take(t, s)
		if !reflect.DeepEqual(first, second) {
			t.Errorf("second load changed the data:\nfirst  %+v\nsecond %+v", first, second)
		}
		if n := first.Program.CriteriaCount(); n != 39 || len(first.Program.Groups) != 3 {
			t.Errorf("program has %d criteria in %d groups, want 39 in 3", n, len(first.Program.Groups))
		}
		if len(first.Meetings) != 1 || len(first.Orgs) != 2 {
			t.Errorf("%d meetings and %d organisations, want 1 and 2", len(first.Meetings), len(first.Orgs))
		}
	})
}

func TestDemoMeetsExactlyTheSeedCriteriaInMarchAndFewerBefore(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := open(t, dsn)
		must(t, demo.Load(ctx, s))
		snap := take(t, s)
		met := func(m int) []string {
			statuses, err := assemble.Statuses(ctx, s, snap.Program, domain.MonthPeriod(2026, time.Month(m)))
			must(t, err)
			var keys []string
			for _, g := range snap.Program.Groups {
				for _, c := range g.Criteria {
					if statuses[c.ID] == domain.Met {
						keys = append(keys, g.Numeral+"."+strconv.Itoa(c.Number))
					}
				}
			}
			sort.Strings(keys)
			return keys
		}
		want := "I.1 I.4 I.7 II.1 II.4 III.1 III.3 III.5"
		if got := strings.Join(met(3), " "); got != want {
			t.Errorf("met in March: %s, want %s", got, want)
		}
		if jan, feb := len(met(1)), len(met(2)); !(jan < feb && feb < 8) {
			t.Errorf("met in January %d, February %d: want fewer each month before March", jan, feb)
		}
	})
}
