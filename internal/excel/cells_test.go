package excel

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// rewrite replaces old with new in every part of a workbook, for bytes
// that excelize will not write itself (control characters, bad UTF-8).
func rewrite(t *testing.T, data []byte, old, new string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		r, err := zf.Open()
		must(t, err)
		body, err := io.ReadAll(r)
		must(t, err)
		w, err := zw.Create(zf.Name)
		must(t, err)
		_, err = w.Write(bytes.ReplaceAll(body, []byte(old), []byte(new)))
		must(t, err)
	}
	must(t, zw.Close())
	return out.Bytes()
}

// Every cell of every workbook passes domain.CheckText: a NUL or another
// control character (which Excel writes as _x0000_) is refused naming the
// cell, before anything is stored.
func TestCellsWithControlCharactersAreRefused(t *testing.T) {
	t.Parallel()
	program := workbook(t, sheet{sheetInfo, goodInfo()}, sheet{sheetCriteria, [][]any{criteriaHeader(),
		{"I", "Hạ tầng", 1, "CELL-ONE", "≥ 95 %", "CELL-TWO"},
	}})
	program = rewrite(t, program, "CELL-ONE", "Phủ sóng_x0000_5G")
	program = rewrite(t, program, "CELL-TWO", "VPĐU_x0007_")
	_, err := ReadProgram(bytes.NewReader(program))
	checkProblems(t, problemsOf(t, err), []want{
		{"Tiêu chí!D2", "ký tự NUL"},
		{"Tiêu chí!F2", "ký tự điều khiển không in được (U+0007)"},
	})

	progress := edit(t, blankProgress(t, demoProgram(t)), func(f *excelize.File) {
		set(t, f, rowOf(t, f, "I", 1, 1), "J", "CELL-THREE")
	})
	progress = rewrite(t, progress, "CELL-THREE", "biên bản_x001B_[31m")
	_, err = ReadProgress(bytes.NewReader(progress), demoProgram(t), march())
	if got := problemsOf(t, err); len(got) != 1 || !strings.HasPrefix(got[0].Field, "Số liệu!J") || !strings.Contains(got[0].Message, "U+001B") {
		t.Errorf("progress: %v", got)
	}

	subs := rewrite(t, templateWith(t, goodSubmission("Đề nghị mở lớp CELL-FOUR")), "CELL-FOUR", "_x0001_")
	_, err = ReadSubmissions(bytes.NewReader(subs), time.Date(2026, 3, 28, 0, 0, 0, 0, time.UTC))
	if got := problemsOf(t, err); len(got) != 1 || !strings.Contains(got[0].Message, "U+0001") {
		t.Errorf("submissions: %v", got)
	}
}

// Bytes that are not UTF-8 make the sheet unreadable: it is refused as such.
func TestABrokenSheetIsRefused(t *testing.T) {
	t.Parallel()
	program := workbook(t, sheet{sheetInfo, goodInfo()}, sheet{sheetCriteria, [][]any{criteriaHeader(),
		{"I", "Hạ tầng", 1, "CELL-ONE", "≥ 95 %"},
	}})
	_, err := ReadProgram(bytes.NewReader(rewrite(t, program, "CELL-ONE", "Ph\xffủ")))
	if got := problemsOf(t, err); len(got) == 0 || !strings.Contains(got[0].String(), "không đọc được") {
		t.Errorf("problems %v", got)
	}
}
