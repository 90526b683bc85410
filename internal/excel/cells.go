package excel

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// cellRef names a cell the way problems report it: "Tiêu chí!C12".
func cellRef(sheet string, col, row int) string {
	name, err := excelize.CoordinatesToCellName(max(col, 1), max(row, 1))
	if err != nil {
		return fmt.Sprintf("%s!R%dC%d", sheet, row, col)
	}
	return sheet + "!" + name
}

// cellName names a cell within its sheet: "C12".
func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// grid is the content of one sheet as NFC-normalised, trimmed text. Numbers
// are kept unformatted ("62.5", not "62,50 %"), so that reading does not depend
// on how a cell is displayed.
type grid struct {
	f     *excelize.File
	sheet string // the name in the workbook
	name  string // the name problems report
	rows  [][]string
}

// Row caps. A sheet is read as a stream, one row at a time, and reading stops
// as soon as it passes its cap: a small file of a million rows must not take
// the server's memory, nor give a million problems.
const (
	// headRows is the room a sheet has above its table: a title, an info
	// block, the header row.
	headRows = 10
	// maxScanRows bounds the rows read from any sheet, blank ones included.
	maxScanRows = 20000
	// maxInfoRows bounds a label/value sheet such as "Chương trình".
	maxInfoRows = 20
	// maxCriteriaRows bounds the criteria of one program workbook.
	maxCriteriaRows = 1000
	// maxProgressRows bounds the rows of one period's values, one per target.
	maxProgressRows = 2000
)

// readGrid streams sheet of f, keeping at most maxRows rows with something
// in them (plus headRows). Every cell passes domain.CheckText: a cell that
// holds bytes that are not UTF-8 or a control character is a problem naming
// it. A sheet past the cap is a problem too, and ok is false: its rows are
// not read.
func readGrid(f *excelize.File, sheet, name string, maxRows int, probs *problems) (g grid, ok bool, err error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return grid{}, false, fmt.Errorf("read sheet %q: %w", sheet, err)
	}
	defer rows.Close()
	g = grid{f: f, sheet: sheet, name: name}
	filled := 0
	for row := 1; rows.Next(); row++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return grid{}, false, fmt.Errorf("read sheet %q row %d: %w", sheet, row, err)
		}
		if len(cells) > 0 {
			filled++
		}
		if filled > maxRows+headRows || (row > maxScanRows && len(cells) > 0) {
			tooManyRows(probs, name, row, maxRows)
			return g, false, nil
		}
		if row > maxScanRows {
			probs.add(name, 1, row, "trang tính có hơn %s dòng (kể cả dòng trống đã định dạng): xóa các dòng thừa bên dưới bảng rồi lưu lại", domain.FormatCount(maxScanRows))
			return g, false, nil
		}
		if len(cells) == 0 {
			continue
		}
		for i, v := range cells {
			if problem := domain.CheckText(v, true); problem != "" {
				probs.add(name, i+1, row, "ô %s", problem)
			}
			cells[i] = domain.NFC(v)
		}
		g.rows = append(g.rows, make([][]string, row-len(g.rows)-1)...)
		g.rows = append(g.rows, cells)
	}
	if err := rows.Error(); err != nil {
		return grid{}, false, fmt.Errorf("read sheet %q: %w", sheet, err)
	}
	return g, true, nil
}

// tooManyRows reports a table of more than max rows, at the row where
// reading stopped, before every other problem: the file must be split
// first.
func tooManyRows(probs *problems, sheet string, row, max int) {
	probs.addFirst(sheet, 1, row, "bảng có hơn %s dòng; mỗi lần chỉ nhập được tối đa %s dòng: xóa các dòng thừa hoặc chia thành nhiều tệp",
		domain.FormatCount(max), domain.FormatCount(max))
}

// openGrid finds and reads the sheet called name, a table of at most
// maxRows rows, reporting a problem if it is missing, unreadable or too long.
func openGrid(f *excelize.File, name string, maxRows int, probs *problems) (grid, bool) {
	sheet := findSheet(f, name)
	if sheet == "" {
		probs.add(name, 1, 1, "thiếu trang tính “%s”", name)
		return grid{}, false
	}
	g, ok, err := readGrid(f, sheet, name, maxRows, probs)
	if err != nil {
		probs.add(name, 1, 1, "không đọc được trang tính “%s” (tệp có thể bị hỏng)", name)
		return grid{}, false
	}
	return g, ok
}

// text returns the cell at (col, row), 1-based; "" if empty or col is 0.
func (g grid) text(col, row int) string {
	if col < 1 || row < 1 || row > len(g.rows) || col > len(g.rows[row-1]) {
		return ""
	}
	return g.rows[row-1][col-1]
}

// blank reports whether every cell of row at the given columns is empty.
func (g grid) blank(row int, cols ...int) bool {
	for _, c := range cols {
		if g.text(c, row) != "" {
			return false
		}
	}
	return true
}

// number reads the cell at (col, row) as a number written with a decimal comma
// or point, stored as a number or as text. A trailing "%" is dropped; a number
// cell formatted as a percentage (0.95 shown as 95%) reads as 95. ok is false
// for an empty cell.
func (g grid) number(col, row int) (v float64, ok bool, err error) {
	s := g.text(col, row)
	if s == "" {
		return 0, false, nil
	}
	if t, cut := strings.CutSuffix(s, "%"); cut {
		v, err = domain.ParseNumber(t)
		return v, true, err
	}
	if g.numericCell(col, row) {
		// A number cell's raw value is machine-written ("1.234" is one point
		// two three four), not Vietnamese text.
		v, err = strconv.ParseFloat(s, 64)
	} else {
		v, err = domain.ParseNumber(s)
	}
	if err != nil {
		return 0, true, err
	}
	if g.percentFormatted(col, row) {
		v = math.Round(v*100*1e9) / 1e9
	}
	return v, true, nil
}

// numericCell reports whether the cell holds a number rather than text.
func (g grid) numericCell(col, row int) bool {
	t, err := g.f.GetCellType(g.sheet, cellName(col, row))
	return err == nil && (t == excelize.CellTypeNumber || t == excelize.CellTypeUnset)
}

// percentFormatted reports whether the cell is a number shown as a percentage.
func (g grid) percentFormatted(col, row int) bool {
	cell := cellName(col, row)
	if t, err := g.f.GetCellType(g.sheet, cell); err != nil || t == excelize.CellTypeSharedString || t == excelize.CellTypeInlineString {
		return false
	}
	id, err := g.f.GetCellStyle(g.sheet, cell)
	if err != nil || id == 0 {
		return false
	}
	style, err := g.f.GetStyle(id)
	if err != nil {
		return false
	}
	return style.NumFmt == 9 || style.NumFmt == 10 || (style.CustomNumFmt != nil && strings.Contains(*style.CustomNumFmt, "%"))
}

// integer reads a whole number such as a row number ("3", "3.0" or "3.").
func integer(s string) (int, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if n, err := strconv.Atoi(s); err == nil {
		return n, nil
	}
	v, err := domain.ParseNumber(s)
	if err != nil || v != math.Trunc(v) || math.Abs(v) > 1e9 {
		return 0, fmt.Errorf("%q không phải là số nguyên", s)
	}
	return int(v), nil
}
