package excel

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// Labels of the block above the progress table, and the column of its values.
const (
	lProgram      = "Chương trình"
	lPeriod       = "Kỳ báo cáo"
	blockValueCol = 4 // D
	progressRow   = 4 // the header row of the progress table
)

// Values of the "Đạt (có/không)" column.
const (
	metYes = "có"
	metNo  = "không"
)

// WriteProgress writes the progress workbook of program p for period: a sheet
// "Số liệu" naming the program and period, then one row per target of each
// criterion (one row for a qualitative criterion) holding the values of
// records, which should be the records of that period. Criteria without a
// record get blank cells to fill in. "Tình trạng" is each criterion's status
// at the end of the period, as statuses has it (Program.Statuses: carried
// forward from earlier periods, as the report counts), on each of its rows.
func WriteProgress(w io.Writer, p domain.Program, period domain.Period, records []domain.Progress, statuses map[int64]domain.Status) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("write progress %s %s: %w", p.Number, period, err)
	}
	if err := f.SetSheetName(f.GetSheetName(0), sheetProgress); err != nil {
		return fmt.Errorf("write progress %s %s: %w", p.Number, period, err)
	}
	sw := &sheetWriter{f: f, sheet: sheetProgress, st: st}
	writeProgressBlock(sw, p, period)
	writeProgressTable(sw, p, byCriterion(records, period), statuses)
	if sw.err != nil {
		return fmt.Errorf("write progress %s %s: %w", p.Number, period, sw.err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write progress %s %s: %w", p.Number, period, err)
	}
	return nil
}

// byCriterion indexes the records of period by criterion.
func byCriterion(records []domain.Progress, period domain.Period) map[int64]*domain.Progress {
	out := make(map[int64]*domain.Progress, len(records))
	for i := range records {
		if records[i].Period == period {
			out[records[i].CriterionID] = &records[i]
		}
	}
	return out
}

// writeProgressBlock writes the program and period above the table.
func writeProgressBlock(w *sheetWriter, p domain.Program, period domain.Period) {
	last := columnName(len(progressLayout()))
	lines := []struct{ label, value, words string }{
		{lProgram, p.Number, p.Title},
		{lPeriod, period.String(), period.Words()},
	}
	for i, l := range lines {
		row := i + 1
		w.str(1, row, l.label, w.st.label)
		w.fail("merge cells", w.f.MergeCell(w.sheet, cellName(1, row), cellName(blockValueCol-1, row)))
		w.str(blockValueCol, row, l.value, w.st.editable)
		w.str(blockValueCol+1, row, l.words, w.st.title)
		w.fail("merge cells", w.f.MergeCell(w.sheet, cellName(blockValueCol+1, row), fmt.Sprintf("%s%d", last, row)))
	}
}

// writeProgressTable writes the header row and one row per target.
func writeProgressTable(w *sheetWriter, p domain.Program, records map[int64]*domain.Progress, statuses map[int64]domain.Status) {
	l := progressLayout()
	w.table(l, progressRow)
	row := progressRow + 1
	var metCells []string
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			rec, status := records[c.ID], statuses[c.ID]
			if c.Qualitative() {
				writeQualitativeRow(w, l, row, g, c, rec, status)
				metCells = append(metCells, cellName(l.pos(hMet), row))
				row++
				continue
			}
			for i := range c.Targets {
				writeTargetRow(w, l, row, g, c, i, rec, status)
				row++
			}
		}
	}
	addMetValidation(w, metCells)
}

// addMetValidation offers "có"/"không" in the given cells and refuses others.
func addMetValidation(w *sheetWriter, cells []string) {
	if len(cells) == 0 {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = strings.Join(cells, " ")
	w.fail("data validation", dv.SetDropList([]string{metYes, metNo}))
	dv.SetInput("Đạt", "Tiêu chí định tính: chọn “có” nếu đã đạt, “không” nếu chưa đạt.")
	dv.SetError(excelize.DataValidationErrorStyleStop, "Giá trị không hợp lệ", "Chỉ chọn “có” hoặc “không”.")
	w.fail("data validation", w.f.AddDataValidation(w.sheet, dv))
}
