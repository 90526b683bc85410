package filings_test

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
)

// Closing a request stops it asking for the periods to come; the periods it
// asked for in full before it closed stay asked for: February, due and not
// sent, is still overdue on the completeness page, and still counted, once
// the province closes the request on 28 March; March, not over when it
// closed, is asked for no more.
func TestClosingARequestKeepsThePeriodsItAskedFor(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		all, err := w.Store.Requests(ctx, w.province.ID, domain.ReportKindNQ57Monthly)
		if err != nil || len(all) != 1 {
			t.Fatalf("the province's requests: %d (%v)", len(all), err)
		}
		r := all[0]
		r.ClosedAt, r.ChangedBy, r.ChangedAt = w.Clock.Now(), "tinh-lanhdao", w.Clock.Now()
		if err := w.Store.SaveRequest(ctx, &r); err != nil {
			t.Fatal(err)
		}
		c, err := w.filings.CompletenessOf(ctx, w.inProvince("tinh-xem"), 2026, filings.Filter{}, filings.SortName)
		if err != nil {
			t.Fatal(err)
		}
		var row filings.Row
		for _, x := range c.Rows {
			if x.Commune.ID == w.Org.ID {
				row = x
			}
		}
		if got := row.Cells[1].State; got != domain.CellOverdue {
			t.Errorf("February after the close: %s, want still overdue", got)
		}
		if c.Totals[1].Expected == 0 {
			t.Error("February's reports are no longer counted as expected")
		}
		if got := row.Cells[2].State; got != domain.CellNotRequested {
			t.Errorf("March after the close: %s, want no longer asked for", got)
		}
	})
}
