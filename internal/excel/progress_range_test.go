package excel

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A percentage is between 0 and 100, whichever way it is written: the rule
// of the grid (domain.Measurement.Check) holds for the workbook too.
func TestReadProgressRefusesAPercentageOutOfRange(t *testing.T) {
	p := demoProgram(t)
	tests := []struct {
		name   string
		values []any // columns and values
		col    string
		reason string
	}{
		{"150 %", []any{"F", 150}, "F", "Tỷ lệ không được lớn hơn 100 %"},
		{"a negative percentage", []any{"F", -5}, "F", "không được âm"},
		{"a negative numerator", []any{"G", -1, "H", 10}, "G", "không được âm"},
		{"a negative denominator", []any{"G", 1, "H", -10}, "H", "Mẫu số phải lớn hơn 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var row int
			data := edit(t, blankProgress(t, p), func(f *excelize.File) {
				row = rowOf(t, f, "I", 1, 1)
				set(t, f, row, tt.values...)
			})
			got, err := ReadProgress(bytes.NewReader(data), p, march())
			if err == nil {
				t.Fatalf("ReadProgress accepted %s: %s", tt.name, dump(got))
			}
			checkProblems(t, problemsOf(t, err), []want{{fmt.Sprintf("Số liệu!%s%d", tt.col, row), tt.reason}})
		})
	}
}
