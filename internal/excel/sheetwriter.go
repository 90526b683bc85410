package excel

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// sheetWriter writes the cells of one sheet and keeps the first error, so that
// a caller can write many cells and check once.
type sheetWriter struct {
	f     *excelize.File
	sheet string
	st    styles
	err   error
}

func (w *sheetWriter) fail(what string, err error) {
	if err != nil && w.err == nil {
		w.err = fmt.Errorf("%s on sheet %q: %w", what, w.sheet, err)
	}
}

// str writes text at (col, row) with a style.
func (w *sheetWriter) str(col, row int, v string, style int) {
	w.fail("write cell", w.f.SetCellStr(w.sheet, cellName(col, row), v))
	w.style(col, row, style)
}

// num writes a number at (col, row) with a style.
func (w *sheetWriter) num(col, row int, v float64, style int) {
	w.fail("write cell", w.f.SetCellFloat(w.sheet, cellName(col, row), v, -1, 64))
	w.style(col, row, style)
}

// optNum writes v if there is one, and otherwise leaves an empty styled cell.
func (w *sheetWriter) optNum(col, row int, v *float64, style int) {
	if v == nil {
		w.style(col, row, style)
		return
	}
	w.num(col, row, *v, style)
}

func (w *sheetWriter) style(col, row, style int) {
	cell := cellName(col, row)
	w.fail("style cell", w.f.SetCellStyle(w.sheet, cell, cell, style))
}

// table writes the header row of l at row, sets column widths, keeps literal
// columns as typed, and freezes everything down to the header.
func (w *sheetWriter) table(l layout, row int) {
	for i, c := range l {
		col := i + 1
		name := columnName(col)
		w.fail("set column width", w.f.SetColWidth(w.sheet, name, name, c.width))
		if c.kind == kindLiteral {
			w.fail("set column style", w.f.SetColStyle(w.sheet, name, w.st.column))
		}
		// The header after the column style: excelize gives a column's style
		// to the cells already written in it, and the header would lose its bold.
		w.str(col, row, c.header, w.st.header)
	}
	w.fail("set row height", w.f.SetRowHeight(w.sheet, row, 45))
	w.freeze(row)
}

// freeze keeps rows 1..row in view while scrolling.
func (w *sheetWriter) freeze(row int) {
	w.fail("freeze panes", w.f.SetPanes(w.sheet, &excelize.Panes{
		Freeze: true, YSplit: row, TopLeftCell: cellName(1, row+1), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cellName(1, row+1), ActiveCell: cellName(1, row+1), Pane: "bottomLeft"}},
	}))
}
