package reporting_test

import (
	"context"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/testdb"
)

// TestConcurrentIssuesCannotShareANumber: two periods issued at the same
// moment with the same number: one is issued, the other refused naming it,
// on both engines.
func TestConcurrentIssuesCannotShareANumber(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		svc, st, a := service(t, dsn)
		periods := []domain.Period{domain.MonthPeriod(2026, 2), domain.MonthPeriod(2026, 3)}
		errs := make([]error, len(periods))
		var wg sync.WaitGroup
		for i, p := range periods {
			wg.Go(func() {
				_, errs[i] = svc.Issue(context.Background(), a, p, reporting.IssueForm{Number: "07", Date: "31/03/2026"})
			})
		}
		wg.Wait()
		refused := 0
		for _, err := range errs {
			if err != nil {
				if domain.ErrorCode(err) != domain.Invalid {
					t.Fatalf("issue: %v", err)
				}
				refused++
			}
		}
		issued, err := st.NumberedReports(context.Background(), a.Org.ID)
		if err != nil {
			t.Fatal(err)
		}
		if refused != 1 || len(issued) != 1 {
			t.Fatalf("two issues as 07: %d refused, %d kept (%v)", refused, len(issued), errs)
		}
		if ir := issued[0]; ir.IssuedBy != "dòng lệnh (kiemthu)" || ir.Symbol != "BC/ĐU" || ir.Style != domain.PartyDocument {
			t.Errorf("the issue keeps %+v", ir)
		}
	})
}

// TestCommandLineDraftIsTheWebDraft: the command line's report and the web
// preview come from one builder, acting as the command line.
func TestCommandLineDraftIsTheWebDraft(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		svc, _, a := service(t, dsn)
		m, err := svc.Draft(context.Background(), a, domain.MonthPeriod(2026, 3))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := svc.DraftDocument(context.Background(), a, domain.MonthPeriod(2026, 3), assemble.Text)
		if err != nil {
			t.Fatal(err)
		}
		text, err := svc.Render(m, assemble.Text)
		if err != nil {
			t.Fatal(err)
		}
		if string(doc.Body) != string(text) || doc.Filename != "bao-cao-nq57-xuan-hung-2026-03.txt" {
			t.Errorf("two drafts of March differ, or the file is named %q", doc.Filename)
		}
	})
}
