package programs

import (
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// An import that leaves out a criterion whose data is only an uploaded file,
// or only the history of values since cleared, is refused as the delete
// button refuses it: deleting the criterion would delete the files and the
// history with it. (Before, only a current value counted, and the import
// deleted the rest.)
func TestAnImportKeepsACriterionWithFilesOrHistory(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		a := f.as("lanhdao")
		march := domain.MonthPeriod(2026, 3)
		group := f.program().Groups[2].ID
		for _, tc := range []struct {
			name string
			data func(c domain.Criterion)
		}{
			{"an evidence file", func(c domain.Criterion) {
				must(t, f.store.SaveEvidence(ctx, &domain.EvidenceFile{OrgID: f.org.ID, CriterionID: c.ID, Period: march,
					Name: "bien-ban.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4"), UploadedBy: "Lê Văn Nam", UploadedAt: testNow}))
			}},
			{"a cleared value's history", func(c domain.Criterion) {
				_, err := f.store.ClaimProgressChange(ctx, &domain.ProgressChange{CriterionID: c.ID, Period: march, ChangedAt: testNow,
					ChangedBy: "Lê Văn Nam", Version: 2, Before: &domain.Progress{Met: domain.Bool(true)}})
				must(t, err)
			}},
		} {
			text := "Tiêu chí có " + tc.name
			saved, err := f.svc.CreateCriterion(ctx, a, f.program().ID, CriterionInput{GroupID: group, Text: text, Targets: "Đạt"})
			must(t, err)
			tc.data(saved.Criterion)
			book := f.exported(func(x *excelize.File) { must(t, x.RemoveRow("Tiêu chí", rowOf(t, x, text))) })
			_, err = f.svc.Import(ctx, a, book)
			if domain.ErrorCode(err) != domain.Conflict || !strings.Contains(err.Error(), saved.Key+" đã có số liệu") {
				t.Errorf("%s: an import without the criterion: %v", tc.name, err)
			}
			if _, c := findCriterion(ptr(f.program()), saved.Criterion.ID); c == nil {
				t.Errorf("%s: the import deleted the criterion", tc.name)
			}
		}
	})
}
