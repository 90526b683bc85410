package excel

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// A group's name is one row of the report's table: the workbook holds it to
// the length the program page holds it to.
func TestReadProgramRefusesAGroupNameThePageRefuses(t *testing.T) {
	p := demoProgram(t)
	var buf bytes.Buffer
	if err := WriteProgram(&buf, p); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Phát triển hạ tầng số ", 10)
	data := edit(t, buf.Bytes(), func(f *excelize.File) {
		rows, err := f.GetRows(sheetCriteria)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			if len(r) > 1 && r[0] == "I" {
				if err := f.SetCellValue(sheetCriteria, "B"+strconv.Itoa(i+1), long); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
	_, err := ReadProgram(bytes.NewReader(data))
	if domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), "Tên nhóm quá dài: tối đa 200 ký tự") {
		t.Errorf("a group name of %d characters: %v", len([]rune(long)), err)
	}
}
