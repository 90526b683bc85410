package excel

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadProgressAcceptsNumbersHoweverTheyAreWritten(t *testing.T) {
	p := demoProgram(t)
	tests := []struct {
		name  string
		value any
		style *excelize.Style
	}{
		{"a number", 96.5, nil},
		{"text with a decimal comma", "96,5", nil},
		{"text with a decimal point", "96.5", nil},
		{"text with a percent sign", "96,5 %", nil},
		{"a number formatted as a percentage", 0.965, &excelize.Style{NumFmt: 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := edit(t, blankProgress(t, p), func(f *excelize.File) {
				row := rowOf(t, f, "I", 1, 1)
				set(t, f, row, "F", tt.value)
				if tt.style != nil {
					id, err := f.NewStyle(tt.style)
					if err != nil {
						t.Fatal(err)
					}
					cell := fmt.Sprintf("F%d", row)
					if err := f.SetCellStyle(sheetProgress, cell, cell, id); err != nil {
						t.Fatal(err)
					}
				}
			})
			got, err := ReadProgress(bytes.NewReader(data), p, march())
			if err != nil {
				t.Fatalf("ReadProgress: %v", err)
			}
			if len(got) != 1 || got[0].CriterionID != criterion(t, p, "I", 1).ID || got[0].Values[0].Value == nil || *got[0].Values[0].Value != 96.5 {
				t.Errorf("got %s, want criterion I.1 with 96,5", dump(got))
			}
		})
	}
}

func TestReadProgressListsEveryProblem(t *testing.T) {
	p := demoProgram(t)
	tests := []struct {
		name string
		edit func(t *testing.T, f *excelize.File) []want
	}{
		{"every broken row is named with its cell", func(t *testing.T, f *excelize.File) []want {
			r := func(numeral string, number, index int) int { return rowOf(t, f, numeral, number, index) }
			at := func(col string, row int) string { return fmt.Sprintf("Số liệu!%s%d", col, row) }
			set(t, f, 2, "D", "2026-02")
			set(t, f, r("I", 1, 1), "F", "nhiều")
			set(t, f, r("I", 2, 1), "F", 50, "G", 45, "H", 50)
			set(t, f, r("I", 3, 1), "G", 45)
			set(t, f, r("I", 4, 1), "G", 1, "H", 0)
			set(t, f, r("I", 5, 1), "G", "60", "H", "50")
			set(t, f, r("I", 6, 1), "F", 100, "I", "có")
			set(t, f, r("I", 7, 1), "F", 100)
			set(t, f, r("I", 10, 0), "I", "rồi")
			set(t, f, r("II", 3, 0), "F", 1)
			ii4 := r("II", 4, 1)
			set(t, f, ii4, "E", "", "F", 100)
			set(t, f, r("II", 8, 1), "G", 30, "H", 40)
			next := nextRow(t, f)
			set(t, f, next, "A", "IV", "B", 1, "F", 5)
			set(t, f, next+1, "A", "I", "B", 1, "E", 2, "F", 5)
			set(t, f, next+2, "A", "I", "B", 7, "E", 1, "J", "biên bản")
			set(t, f, next+3, "A", "I", "B", 8, "E", "hai", "F", 5)
			return []want{
				{"Số liệu!D2", "bảng tính ghi kỳ 2026-02 (tháng 2 năm 2026), không phải kỳ 2026-03"},
				{at("F", r("I", 1, 1)), "Giá trị “nhiều” không phải là số"},
				{at("F", r("I", 2, 1)), "không nhập cả hai"},
				{at("H", r("I", 3, 1)), "Nhập cả mẫu số (hoặc xóa tử số)."},
				{at("H", r("I", 4, 1)), "Mẫu số phải lớn hơn 0."},
				{at("G", r("I", 5, 1)), "Tử số không được lớn hơn mẫu số."},
				{at("I", r("I", 6, 1)), "tiêu chí I.6 có chỉ tiêu đo được"},
				{at("I", r("I", 10, 0)), "chỉ ghi “có” hoặc “không”, không ghi “rồi”"},
				{at("F", r("II", 3, 0)), "tiêu chí II.3 là tiêu chí định tính"},
				{at("E", ii4), "tiêu chí II.4 có 2 chỉ số"},
				{at("G", r("II", 8, 1)), "không tính theo %"},
				{at("B", next), "không có tiêu chí IV.1"},
				{at("E", next+1), "tiêu chí I.1 chỉ có 1 chỉ số, không có chỉ số 2"},
				{at("B", next+2), fmt.Sprintf("tiêu chí I.7 (chỉ số 1) đã nhập ở dòng %d", r("I", 7, 1))},
				{at("E", next+3), "Chỉ số “hai” phải là số nguyên"},
			}
		}},
		{"a sheet for another program", func(t *testing.T, f *excelize.File) []want {
			set(t, f, 1, "D", "03-CTr/BCĐ")
			return []want{{"Số liệu!D1", "của chương trình “03-CTr/BCĐ”, không phải chương trình “02-CTr/BCĐ”"}}
		}},
		{"a period that is not a period", func(t *testing.T, f *excelize.File) []want {
			set(t, f, 2, "D", "tháng ba")
			return []want{{"Số liệu!D2", "kỳ báo cáo “tháng ba” không đúng dạng"}}
		}},
		{"missing period line and renamed column", func(t *testing.T, f *excelize.File) []want {
			set(t, f, 2, "A", "")
			set(t, f, 4, "F", "Số liệu")
			return []want{
				{"Số liệu!A1", "thiếu dòng “Kỳ báo cáo”"},
				{"Số liệu!F4", "cột “Số liệu” không có trong mẫu"},
				{"Số liệu!M4", "thiếu cột bắt buộc “Giá trị”"},
			}
		}},
		{"missing sheet", func(t *testing.T, f *excelize.File) []want {
			if err := f.SetSheetName(sheetProgress, "Sheet1"); err != nil {
				t.Fatal(err)
			}
			return []want{{"Số liệu!A1", "thiếu trang tính “Số liệu”"}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var wants []want
			data := edit(t, blankProgress(t, p), func(f *excelize.File) { wants = tt.edit(t, f) })
			got, err := ReadProgress(bytes.NewReader(data), p, march())
			if err == nil {
				t.Fatal("ReadProgress accepted a broken workbook")
			}
			if got != nil {
				t.Errorf("ReadProgress returned %d records with its error, want none", len(got))
			}
			checkProblems(t, problemsOf(t, err), wants)
		})
	}
}
