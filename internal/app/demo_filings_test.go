package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// `nq57 demo` files the demo communes' reports to the province as
// demoPlan says, so that the province's pages show every state: March has
// reports accepted, on time, late, returned, resubmitted and missing, and
// Xuân Hưng's reports are left as the seed has them, none issued; the
// reports returned and sent again differ by what the commune corrected. A second run files
// nothing more.
func TestDemoFilesASpreadOfReportsToTheProvince(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--db", dsn)
		mustRun(t, "demo", "--db", dsn)
		ctx := context.Background()
		env, err := usecase.Open(ctx, dsn, func() time.Time { return time.Date(2026, 4, 2, 2, 0, 0, 0, time.UTC) })
		if err != nil {
			t.Fatal(err)
		}
		defer env.Close()
		province, err := orgByCode(ctx, env, demo.ProvinceCode)
		if err != nil {
			t.Fatal(err)
		}
		svc, reviewer := filings.New(env), usecase.CommandLine(province, "test")
		page, err := svc.CompletenessOf(ctx, reviewer, 2026, filings.Filter{}, filings.SortName)
		if err != nil {
			t.Fatal(err)
		}
		march := domain.MonthPeriod(2026, time.March)
		states := map[domain.CellState]int{}
		var xuanHung domain.CellState
		for _, row := range page.Rows {
			for i, p := range page.Periods {
				if p == march {
					states[row.Cells[i].State]++
					if row.Commune.Code == demo.CommuneCode {
						xuanHung = row.Cells[i].State
					}
				}
			}
		}
		want := map[domain.CellState]int{
			domain.CellAccepted: 4, domain.CellOnTime: 2, domain.CellLate: 2, domain.CellReturned: 1, domain.CellOverdue: 4,
		}
		for state, n := range want {
			if states[state] != n {
				t.Errorf("March: %d reports %s, want %d (all: %v)", states[state], state, n, states)
			}
		}
		if xuanHung != domain.CellOverdue {
			t.Errorf("Xuân Hưng's March is %s, want it overdue, left to issue", xuanHung)
		}
		// The reports returned and issued again say what the commune corrected.
		corrected := 0
		for _, row := range page.Rows {
			for _, cell := range row.Cells {
				if cell.FilingID == 0 {
					continue
				}
				view, err := svc.Filing(ctx, reviewer, cell.FilingID)
				if err != nil {
					t.Fatal(err)
				}
				if len(view.Versions) < 2 {
					continue
				}
				diff, err := svc.Diff(ctx, reviewer, cell.FilingID, 1, 2)
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(fmt.Sprint(diff.Sections), demoCorrection) {
					corrected++
				}
			}
		}
		if corrected != 2 {
			t.Errorf("%d reports sent again show the correction between their versions, want 2", corrected)
		}
	})
}
