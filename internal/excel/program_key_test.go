package excel

import (
	"bytes"
	"testing"
)

// A framework's workbook adds the "Mã tiêu chí" column, anywhere: the
// reader takes each criterion's key and names its cell; a program's
// workbook without the column reads as before.
func TestReadProgramTakesTheOptionalKeyColumn(t *testing.T) {
	t.Parallel()
	data := workbook(t,
		sheet{sheetInfo, goodInfo()},
		sheet{sheetCriteria, [][]any{
			append([]any{hKey}, criteriaHeader()...),
			{"HT-01", "I", "Hạ tầng", 1, "Phủ sóng 5G", "≥ 95 %"},
			{"", "I", "Hạ tầng", 2, "Cáp quang", "Đạt"},
		}},
	)
	book, err := ReadProgramBook(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	cs := book.Program.Groups[0].Criteria
	if !book.KeyColumn || cs[0].FrameworkKey != "HT-01" || cs[1].FrameworkKey != "" {
		t.Errorf("key column %v, keys %q %q", book.KeyColumn, cs[0].FrameworkKey, cs[1].FrameworkKey)
	}
	if book.KeyCells["I.2"] != "Tiêu chí!A3" {
		t.Errorf("key cells %v", book.KeyCells)
	}

	plain := workbook(t, sheet{sheetInfo, goodInfo()}, sheet{sheetCriteria, [][]any{
		criteriaHeader(), {"I", "Hạ tầng", 1, "Phủ sóng 5G", "≥ 95 %"},
	}})
	book, err = ReadProgramBook(bytes.NewReader(plain))
	if err != nil || book.KeyColumn || len(book.KeyCells) != 0 {
		t.Errorf("a program without keys: %v %v %v", err, book.KeyColumn, book.KeyCells)
	}
}
