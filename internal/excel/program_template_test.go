package excel

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A new commune starts from the blank workbook: both sheets with their
// labels and header row. Filled in, it reads as a program.
func TestTheBlankTemplateFillsInToAProgram(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	must(t, WriteTemplate(&buf))
	_, err := ReadProgram(bytes.NewReader(buf.Bytes()))
	checkProblems(t, problemsOf(t, err), []want{
		{"Chương trình!B1", "chưa ghi Số hiệu"},
		{"Chương trình!B5", "chưa ghi Năm"},
	})

	filled := edit(t, buf.Bytes(), func(f *excelize.File) {
		must(t, f.SetCellValue(sheetInfo, "B1", "01-CTr/BCĐ"))
		must(t, f.SetCellValue(sheetInfo, "B5", 2026))
		must(t, f.SetSheetRow(sheetCriteria, "A2", &[]any{"I", "Hạ tầng số", 1, "Phủ sóng 5G", "≥ 95 %", "", "VPĐU"}))
	})
	p, err := ReadProgram(bytes.NewReader(filled))
	must(t, err)
	if p.Number != "01-CTr/BCĐ" || p.Year != 2026 || p.CriteriaCount() != 1 || p.Groups[0].Criteria[0].Roles.Lead.Text != "VPĐU" {
		t.Errorf("filled template reads as %+v", p)
	}
	if err := WriteProgram(&buf, p); err != nil {
		t.Errorf("a program with a number: %v", err)
	}
}

func TestReadProgramBookNamesBlankTargets(t *testing.T) {
	t.Parallel()
	data := workbook(t, sheet{sheetInfo, goodInfo()}, sheet{sheetCriteria, [][]any{criteriaHeader(),
		{"I", "Hạ tầng", 1, "Phủ sóng 5G", "≥ 95 %"},
		{"I", "Hạ tầng", 2, "Kế hoạch", ""},
		{"II", "Nhân lực", 1, "Tập huấn", "Đạt"},
	}})
	book, err := ReadProgramBook(bytes.NewReader(data))
	must(t, err)
	if want := map[string]string{"I.2": "Tiêu chí!E3"}; !reflect.DeepEqual(book.BlankTargets, want) {
		t.Errorf("blank targets %v, want %v", book.BlankTargets, want)
	}
}
