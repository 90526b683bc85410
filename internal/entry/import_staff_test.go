package entry

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// Unit staff import the period's workbook as exported, every unit's values
// in it, with their own criterion changed: the rows of other units that
// change nothing are not theirs to be refused for; their own change is
// written.
func TestStaffImportTheWholeWorkbookChangingTheirOwn(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		staff := f.as(t, "vanhoa")
		g, err := f.uc.Grid(t.Context(), staff, GridQuery{Period: march})
		if err != nil || g.Rows == 0 {
			t.Fatalf("the staff member's grid: %d rows, %v", g.Rows, err)
		}
		own := g.Groups[0].Rows[0]
		book, err := f.uc.ExportProgress(t.Context(), f.as(t, "quantri"), ExportInput{Period: march})
		if err != nil {
			t.Fatal(err)
		}
		x, err := excelize.OpenReader(bytes.NewReader(book.Workbook))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := x.GetRows("Số liệu")
		if err != nil {
			t.Fatal(err)
		}
		note := func(label, text string) []byte {
			t.Helper()
			for i, r := range rows {
				if len(r) > 1 && r[0]+"."+r[1] == label {
					if err := x.SetCellValue("Số liệu", "K"+strconv.Itoa(i+1), text); err != nil {
						t.Fatal(err)
					}
				}
			}
			var buf bytes.Buffer
			if err := x.Write(&buf); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}
		res, err := f.uc.ImportProgress(t.Context(), staff, ImportInput{Period: march, Workbook: bytes.NewReader(note(own.Label, "Cập nhật của đơn vị"))})
		if err != nil || len(res.Changes) != 1 || res.Changes[0].Label != own.Label {
			t.Fatalf("the staff member's import: %+v %v", res.Changes, err)
		}
		_, err = f.uc.ImportProgress(t.Context(), staff, ImportInput{Period: march, Workbook: bytes.NewReader(note("I.1", "Sửa hộ đơn vị khác"))})
		if domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a change to another unit's criterion: %v", err)
		}
	})
}
