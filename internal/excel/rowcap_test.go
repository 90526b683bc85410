package excel

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// manyRows builds a workbook whose sheet big holds the head rows and then n
// rows made by row, written as a stream (as a tiny file of a million rows
// is made); small sheets come before it.
func manyRows(tb testing.TB, small []sheet, big string, head [][]any, n int, row func(i int) []any) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	first := true
	for _, s := range small {
		if first {
			must(tb, f.SetSheetName("Sheet1", s.name))
			first = false
		} else if _, err := f.NewSheet(s.name); err != nil {
			tb.Fatal(err)
		}
		for r, cells := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			must(tb, f.SetSheetRow(s.name, cell, &cells))
		}
	}
	if first {
		must(tb, f.SetSheetName("Sheet1", big))
	} else if _, err := f.NewSheet(big); err != nil {
		tb.Fatal(err)
	}
	sw, err := f.NewStreamWriter(big)
	must(tb, err)
	for r, cells := range head {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		must(tb, sw.SetRow(cell, cells))
	}
	for i := range n {
		cell, _ := excelize.CoordinatesToCellName(1, len(head)+i+1)
		must(tb, sw.SetRow(cell, row(i)))
	}
	must(tb, sw.Flush())
	var buf bytes.Buffer
	must(tb, f.Write(&buf))
	return buf.Bytes()
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// badCriteria is a program workbook of n criteria rows that each name a
// group that is no Roman numeral: one problem a row.
func badCriteria(tb testing.TB, n int) []byte {
	return manyRows(tb, []sheet{{sheetInfo, goodInfo()}}, sheetCriteria, [][]any{criteriaHeader()}, n, func(i int) []any {
		return []any{"nhóm " + fmt.Sprint(i), "Hạ tầng", i + 1, "Phủ sóng", "≥ 95 %"}
	})
}

// millionRows is a program workbook of a million rows of one small cell
// each, written as tersely as the format allows (no row or cell
// references) and packed hard: under a hundred kilobytes that unzip to some
// thirty megabytes, as the upload that once took the server to 5.4 GB.
func millionRows(tb testing.TB) []byte {
	tb.Helper()
	data := workbook(tb, sheet{sheetInfo, goodInfo()}, sheet{sheetCriteria, [][]any{criteriaHeader()}})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(tb, err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestCompression) })
	rows := strings.Repeat("<row><c><v>1</v></c></row>", 1_000_000)
	for _, zf := range zr.File {
		r, err := zf.Open()
		must(tb, err)
		body, err := io.ReadAll(r)
		must(tb, err)
		if zf.Name == "xl/worksheets/sheet2.xml" {
			body = bytes.Replace(body, []byte("</sheetData>"), []byte(rows+"</sheetData>"), 1)
		}
		w, err := zw.Create(zf.Name)
		must(tb, err)
		_, err = w.Write(body)
		must(tb, err)
	}
	must(tb, zw.Close())
	return out.Bytes()
}

// badProgress is the March workbook of the demo program with n rows that
// each name a criterion the program does not have.
func badProgress(tb testing.TB, n int) []byte {
	head := [][]any{{lProgram, "", "", "02-CTr/BCĐ"}, {lPeriod, "", "", "2026-03"}, {},
		{hGroup, hNumber, hText, hTargets, hIndex, hValue, hNumerator, hDenominator, hMet, hEvidence, hNote}}
	return manyRows(tb, nil, sheetProgress, head, n, func(i int) []any {
		return []any{"IX", 900 + i, "", "", "", 50}
	})
}

func TestAWorkbookOfAMillionRowsStopsAtTheCap(t *testing.T) {
	t.Parallel()
	big := millionRows(t)
	t.Logf("a program workbook of a million rows is %d KB", len(big)>>10)
	start := time.Now()
	_, err := ReadProgram(bytes.NewReader(big))
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Errorf("reading took %v: the rows past the cap were read", elapsed)
	}
	got := problemsOf(t, err)
	if len(got) != 1 || got[0].Field != "Tiêu chí!A1011" || !strings.Contains(got[0].Message, "hơn 1.000 dòng") {
		t.Fatalf("problems %v", got)
	}
}

// A table under the cap where every row is wrong lists the first 200
// problems and counts the others, so that the page stays readable.
func TestProblemsPast200AreCounted(t *testing.T) {
	t.Parallel()
	_, err := ReadProgram(bytes.NewReader(badCriteria(t, 900)))
	var de *domain.Error
	got := problemsOf(t, err)
	if len(got) != maxProblems+1 {
		t.Fatalf("%d problems listed, want %d and a count", len(got), maxProblems)
	}
	if last := got[len(got)-1]; last.Field != "Các ô khác" || last.Message != "… và 700 lỗi khác" {
		t.Errorf("last line %+v", last)
	}
	if errors.As(err, &de); !strings.Contains(de.Message, "có 900 lỗi") {
		t.Errorf("heading %q", de.Message)
	}

	_, err = ReadProgress(bytes.NewReader(badProgress(t, 5000)), demoProgram(t), march())
	if got := problemsOf(t, err); len(got) != 1 || !strings.Contains(got[0].Message, "hơn 2.000 dòng") {
		t.Errorf("progress past its cap: %v", got)
	}
	_, err = ReadProgress(bytes.NewReader(badProgress(t, 1500)), demoProgram(t), march())
	if got := problemsOf(t, err); len(got) != maxProblems+1 || got[maxProblems].Message != "… và 1.300 lỗi khác" {
		t.Errorf("progress: %d problems, last %v", len(got), got[len(got)-1])
	}
}

func TestSubmissionsPastTheCapAreRefused(t *testing.T) {
	t.Parallel()
	l := submissionsLayout()
	head := make([]any, len(l))
	for i, c := range l {
		head[i] = c.header
	}
	data := manyRows(t, nil, SheetSubmissions, [][]any{head}, maxSubmissionRows+1, func(i int) []any {
		return []any{"Điện thoại", "05/03/2026 08:30", "Kiến nghị", "Chuyển đổi số", fmt.Sprintf("Kiến nghị %d", i), "Nội dung", "Trần Văn An", "Xuân Hưng", "0912345678"}
	})
	_, err := ReadSubmissions(bytes.NewReader(data), time.Date(2026, 3, 28, 0, 0, 0, 0, time.UTC))
	got := problemsOf(t, err)
	var capped bool
	for _, p := range got {
		capped = capped || (p.Field == "Phản ánh, kiến nghị!A502" && strings.Contains(p.Message, "tối đa 500 dòng"))
	}
	if !capped {
		t.Errorf("no problem at row 502 for the 501st row: %v", got)
	}
}

// BenchmarkReadAMillionRows reads a program workbook of a million rows, as
// a careless or hostile upload: B/op is what one such upload costs the
// server.
func BenchmarkReadAMillionRows(b *testing.B) {
	data := millionRows(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := ReadProgram(bytes.NewReader(data)); err == nil {
			b.Fatal("a workbook of a million broken rows was read without a problem")
		}
	}
}
