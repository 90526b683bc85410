package frameworks_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
)

// frameworkBook writes fw as a program workbook with the "Mã tiêu chí"
// column in front, holding keys in order ("" for a blank cell).
func frameworkBook(t *testing.T, fw domain.Program, keys ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	must(t, excel.WriteProgram(&buf, fw))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	defer f.Close()
	const sheet = "Tiêu chí"
	rows, err := f.GetRows(sheet)
	must(t, err)
	header := 0
	for i, r := range rows {
		if len(r) > 0 && r[0] == "Nhóm" {
			header = i + 1
		}
	}
	must(t, f.InsertCols(sheet, "A", 1))
	must(t, f.SetCellStr(sheet, cell(1, header), "Mã tiêu chí"))
	for i, k := range keys {
		must(t, f.SetCellStr(sheet, cell(1, header+1+i), k))
	}
	out, err := f.WriteToBuffer()
	must(t, err)
	return out.Bytes()
}

func cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// A framework imports from the program workbook plus the key column; a
// criterion without a key is a problem of its cell, and a workbook without
// the column is refused; a refused import stores nothing.
func TestImportTakesTheKeysAndNamesAMissingOneByCell(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		plain := framework()
		for gi := range plain.Groups {
			for ci := range plain.Groups[gi].Criteria {
				plain.Groups[gi].Criteria[ci].FrameworkKey = ""
			}
		}
		saved, err := f.svc.Import(ctx, f.province, frameworkBook(t, plain, "HT-01", "HT-02", "NL-01", "NL-02"))
		must(t, err)
		if saved.Framework.Revision != 1 || saved.Framework.CriteriaCount() != 4 {
			t.Fatalf("imported %+v", saved.Framework)
		}
		if c, label, ok := byKey(saved.Framework, "NL-02"); !ok || label != "II.2" || c.Text != "Tổ công nghệ số cộng đồng" {
			t.Errorf("NL-02 imported as %s %+v", label, c)
		}
		again, err := f.svc.Import(ctx, f.province, frameworkBook(t, plain, "HT-01", "HT-02", "NL-01", "NL-02"))
		if err != nil || len(again.Changes) != 0 || again.Framework.Revision != 1 {
			t.Errorf("the same workbook again: %v changes, revision %d, %v", again.Changes, again.Framework.Revision, err)
		}

		plain.Number = "02-KH/BCĐT"
		_, err = f.svc.Import(ctx, f.province, frameworkBook(t, plain, "HT-01", "", "NL-01", "NL-02"))
		if code(err) != domain.Invalid || !hasField(err, "Tiêu chí!A3") {
			t.Errorf("a blank key: %v", err)
		}
		var buf bytes.Buffer
		must(t, excel.WriteProgram(&buf, plain))
		if _, err := f.svc.Import(ctx, f.province, buf.Bytes()); code(err) != domain.Invalid || !hasField(err, "Tiêu chí") {
			t.Errorf("a workbook without the key column: %v", err)
		}
		if n := f.frameworks(t); n != 2 {
			t.Errorf("Ninh Bình has %d frameworks, want the demo's and the first imported", n)
		}
	})
}
