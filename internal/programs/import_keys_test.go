package programs

import (
	"context"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A commune's program adopted from the province's framework keeps its
// criteria's framework keys when the commune imports its workbook again
// (which has no key column), a changed text included.
func TestAnImportKeepsTheFrameworkKeys(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		p := f.program()
		p.Groups[0].Criteria[0].FrameworkKey = "HT-01"
		must(t, f.store.SaveProgram(ctx, &p))
		first := p.Groups[0].Criteria[0]
		book := f.exported(func(x *excelize.File) {
			must(t, x.SetCellStr("Tiêu chí", "D2", first.Text+" (sửa)"))
		})
		if _, err := f.svc.Import(ctx, f.as("lanhdao"), book); err != nil {
			t.Fatal(err)
		}
		got := f.program().Groups[0].Criteria[0]
		if got.ID != first.ID || got.FrameworkKey != "HT-01" || got.Text != first.Text+" (sửa)" {
			t.Errorf("after importing again: %q keyed %q", got.Text, got.FrameworkKey)
		}
	})
}
