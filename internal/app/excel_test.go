package app

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/testdb"
)

// editCell opens a workbook, finds the row whose column col holds a text
// starting with match, and sets column set of that row to value.
func editCell(t *testing.T, path, sheet, col, match, set string, value any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	colIndex, _ := excelize.ColumnNameToNumber(col)
	for i, row := range rows {
		if len(row) >= colIndex && strings.HasPrefix(row[colIndex-1], match) {
			if err := f.SetCellValue(sheet, set+strconv.Itoa(i+1), value); err != nil {
				t.Fatal(err)
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("no row of %s with %s starting %q", sheet, col, match)
}

func reportText(t *testing.T, dsn, period string) string {
	t.Helper()
	return mustRun(t, "report", "--db", dsn, "--org", "xuan-hung", "--period", period, "--format", "txt", "--out", "-")
}

func TestCriteriaWorkbookRoundTripsAndDryRunWritesNothing(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		book := filepath.Join(t.TempDir(), "chuong-trinh.xlsx")
		mustRun(t, "export", "criteria", "--db", dsn, "--org", "xuan-hung", "--out", book)
		if out := mustRun(t, "import", "criteria", "--db", dsn, "--org", "xuan-hung", book); !strings.Contains(out, "không có gì thay đổi") {
			t.Fatalf("re-importing the export should change nothing:\n%s", out)
		}
		editCell(t, book, "Tiêu chí", "D", "Tỷ lệ phủ sóng 5G", "D", "Tỷ lệ phủ sóng 5G trên dân số ≥ 97%")
		before := reportText(t, dsn, "2026-03")
		out := mustRun(t, "import", "criteria", "--db", dsn, "--org", "xuan-hung", "--dry-run", book)
		if !strings.Contains(out, "chạy thử") || !strings.Contains(out, "sửa tiêu chí I.1: Tỷ lệ phủ sóng 5G trên dân số ≥ 97%") {
			t.Fatalf("dry run should list the change:\n%s", out)
		}
		if after := reportText(t, dsn, "2026-03"); after != before {
			t.Fatal("a dry run changed the data")
		}
		mustRun(t, "import", "criteria", "--db", dsn, "--org", "xuan-hung", book)
		if after := reportText(t, dsn, "2026-03"); !strings.Contains(after, "| 1 | Tỷ lệ phủ sóng 5G trên dân số ≥ 97% |") {
			t.Fatalf("the imported text is not in the report:\n%s", after)
		}
	})
}

func TestBadCriteriaWorkbookListsProblemsAndWritesNothing(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		book := filepath.Join(t.TempDir(), "hong.xlsx")
		mustRun(t, "export", "criteria", "--db", dsn, "--org", "xuan-hung", "--out", book)
		editCell(t, book, "Tiêu chí", "D", "Tỷ lệ phủ sóng 5G", "E", "khoảng 95")
		editCell(t, book, "Tiêu chí", "D", "≥ 85% hộ gia đình", "D", "")
		before := reportText(t, dsn, "2026-03")
		code, _, errOut := run(t, "import", "criteria", "--db", dsn, "--org", "xuan-hung", book)
		if code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		for _, want := range []string{"Tiêu chí!E", "khoảng 95", "Tiêu chí!D"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr does not name %q:\n%s", want, errOut)
			}
		}
		if after := reportText(t, dsn, "2026-03"); after != before {
			t.Error("a bad workbook changed the data")
		}
	})
}

func TestProgressWorkbookImportsAPeriodsValues(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		book := filepath.Join(t.TempDir(), "so-lieu.xlsx")
		mustRun(t, "export", "progress", "--db", dsn, "--org", "xuan-hung", "--period", "2026-04", "--out", book)
		editCell(t, book, "Số liệu", "C", "100% thôn, xóm được phủ sóng băng rộng", "G", 12)
		editCell(t, book, "Số liệu", "C", "100% thôn, xóm được phủ sóng băng rộng", "H", 12)
		out := mustRun(t, "import", "progress", "--db", dsn, "--org", "xuan-hung", "--period", "2026-04", "--dry-run", book)
		if !strings.Contains(out, "nhập số liệu tiêu chí I.2 → Đạt") {
			t.Fatalf("dry run should show the new status:\n%s", out)
		}
		if text := reportText(t, dsn, "2026-04"); !strings.Contains(text, "đạt 8/39 tiêu chí") {
			t.Fatalf("a dry run changed April:\n%s", text)
		}
		mustRun(t, "import", "progress", "--db", dsn, "--org", "xuan-hung", "--period", "2026-04", book)
		text := reportText(t, dsn, "2026-04")
		if !strings.Contains(text, "đạt 9/39 tiêu chí") || !strings.Contains(text, "100% thôn, xóm được phủ sóng băng rộng di động 4G/5G") {
			t.Fatalf("April should count the imported criterion:\n%s", text)
		}
		if code, _, errOut := run(t, "import", "progress", "--db", dsn, "--org", "xuan-hung", "--period", "2026-05", book); code != 2 || !strings.Contains(errOut, "2026-04") {
			t.Errorf("a workbook of another period must be refused: exit %d\n%s", code, errOut)
		}
	})
}
