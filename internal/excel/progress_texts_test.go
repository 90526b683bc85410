package excel

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// The evidence of a criterion is one line, as the grid's one-line input
// keeps it: lines within a cell and the cells of the criterion's rows come
// joined with "; ". (Before, they were joined with line breaks, which the
// grid's input drops when it is drawn, so that saving the grid rewrote a
// row nobody had touched.)
func TestReadProgressKeepsEvidenceOnOneLine(t *testing.T) {
	p := demoProgram(t)
	data := edit(t, blankProgress(t, p), func(f *excelize.File) {
		set(t, f, rowOf(t, f, "II", 4, 1), "F", 100, "J", "CV 12/UBND\nhttps://xuanhung.gov.vn/ds")
		set(t, f, rowOf(t, f, "II", 4, 2), "F", 70, "J", "Biên bản ngày 20/3", "K", "Dòng một\nDòng hai")
	})
	got, err := ReadProgress(bytes.NewReader(data), p, march())
	if err != nil {
		t.Fatal(err)
	}
	want := "CV 12/UBND; https://xuanhung.gov.vn/ds; Biên bản ngày 20/3"
	if len(got) != 1 || got[0].Evidence != want || got[0].Note != "Dòng một\nDòng hai" {
		t.Errorf("got %s, want evidence %q and the note's lines kept", dump(got), want)
	}
}

// A note or evidence longer than the grid takes is refused at its cell, by
// the grid's rule.
func TestReadProgressRefusesTextsTheGridRefuses(t *testing.T) {
	p := demoProgram(t)
	var row int
	data := edit(t, blankProgress(t, p), func(f *excelize.File) {
		row = rowOf(t, f, "I", 1, 1)
		set(t, f, row, "F", 96, "J", strings.Repeat("x", domain.MaxEvidenceRunes+1), "K", strings.Repeat("ghi chú ", domain.MaxNoteRunes/8+1))
	})
	_, err := ReadProgress(bytes.NewReader(data), p, march())
	for _, w := range []string{fmt.Sprintf("Số liệu!J%d: Tham chiếu minh chứng dài quá", row), fmt.Sprintf("Số liệu!K%d: Ghi chú dài quá", row)} {
		if domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v, want %q", err, w)
		}
	}
}
