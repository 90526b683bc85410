package entry

import (
	"bytes"
	"errors"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// A period's values belong to the program of its year: a workbook of March
// 2026 exported or imported against the program of another year is refused
// (its values would go to criteria that neither the grid nor the report of
// March reads).
func TestAProgramOfAnotherYearTakesNoValues(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		old := domain.Program{OrgID: f.org.ID, Number: "01-CTr/2025", Year: 2025, Date: domain.Date(2025, 1, 10)}
		if err := f.store.CreateProgram(t.Context(), &old); err != nil {
			t.Fatal(err)
		}
		cli := f.as(t, "quantri")
		book, err := f.uc.ExportProgress(t.Context(), cli, ExportInput{Period: march})
		if err != nil {
			t.Fatal(err)
		}
		_, exportErr := f.uc.ExportProgress(t.Context(), cli, ExportInput{Program: old.Number, Period: march})
		_, importErr := f.uc.ImportProgress(t.Context(), cli, ImportInput{Program: old.Number, Period: march, Workbook: bytes.NewReader(book.Workbook)})
		for what, err := range map[string]error{"export": exportErr, "import": importErr} {
			var de *domain.Error
			if !errors.As(err, &de) || de.Code != domain.Invalid || len(de.Problems) != 1 || de.Problems[0].Field != "program" {
				t.Errorf("%s of March 2026 against the 2025 program: %v", what, err)
			}
		}
	})
}
