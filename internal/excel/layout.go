package excel

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// Column headers, exactly as the workbooks write them. Reading matches them
// ignoring case, accents and spacing.
const (
	hGroup        = "Nhóm"
	hGroupName    = "Tên nhóm"
	hNumber       = "STT"
	hText         = "Tên/Mục tiêu cụ thể"
	hTargets      = "Chỉ tiêu"
	hMonitoring   = "Đơn vị theo dõi, hướng dẫn, đôn đốc, kiểm tra, đánh giá"
	hLead         = "Đơn vị chủ trì thực hiện"
	hCoordinating = "Đơn vị phối hợp"
	hKey          = "Mã tiêu chí" // a framework's key; read when present, never required
	hIndex        = "Chỉ số"
	hValue        = "Giá trị"
	hNumerator    = "Tử số"
	hDenominator  = "Mẫu số"
	hMet          = "Đạt (có/không)"
	hEvidence     = "Minh chứng"
	hNote         = "Ghi chú"
	hStatus       = "Tình trạng"
)

// cellKind says how a column's cells are written.
type cellKind int

const (
	kindText     cellKind = iota // wrapped text
	kindLiteral                  // text Excel must not turn into a formula or date
	kindNumber                   // a number
	kindCentered                 // short codes: numerals, "có"/"không"
)

// column is one column of a table sheet.
type column struct {
	header   string
	width    float64
	required bool // reading fails without it
	kind     cellKind
}

// layout is the columns of a table sheet, in the order they are written.
type layout []column

// pos returns the 1-based position of the column with header h, or 0.
func (l layout) pos(h string) int {
	for i, c := range l {
		if c.header == h {
			return i + 1
		}
	}
	return 0
}

func programLayout() layout {
	return layout{
		{header: hGroup, width: 7, required: true, kind: kindCentered},
		{header: hGroupName, width: 22, required: true},
		{header: hNumber, width: 6, required: true, kind: kindNumber},
		{header: hText, width: 60, required: true},
		{header: hTargets, width: 26, required: true, kind: kindLiteral},
		{header: hMonitoring, width: 28},
		{header: hLead, width: 28},
		{header: hCoordinating, width: 28},
	}
}

// programReadLayout is programLayout with the optional key column of a
// province's criteria framework ("HT-01"), which the reader takes anywhere.
func programReadLayout() layout {
	return append(programLayout(), column{header: hKey, width: 10, kind: kindLiteral})
}

func progressLayout() layout {
	return layout{
		{header: hGroup, width: 7, required: true, kind: kindCentered},
		{header: hNumber, width: 6, required: true, kind: kindNumber},
		{header: hText, width: 50},
		{header: hTargets, width: 22, kind: kindLiteral},
		{header: hIndex, width: 8, required: true, kind: kindNumber},
		{header: hValue, width: 11, required: true, kind: kindNumber},
		{header: hNumerator, width: 11, required: true, kind: kindNumber},
		{header: hDenominator, width: 11, required: true, kind: kindNumber},
		{header: hMet, width: 10, required: true, kind: kindCentered},
		{header: hEvidence, width: 30, required: true},
		{header: hNote, width: 24, required: true},
		{header: hStatus, width: 16},
	}
}

// header is where a table's header row is and which column holds what.
type header struct {
	row  int
	cols map[string]int // header → 1-based column
}

// col returns the column holding h, or 0 when the sheet lacks it.
func (h header) col(name string) int { return h.cols[name] }

// findHeader locates the header row of a table sheet: the first row with a
// cell naming one of l's columns. It reports unknown, repeated and missing
// columns; ok is false when the rows below cannot be read (no header row, or
// a required column missing). h.row is set whenever a header row was found.
func findHeader(g grid, l layout, probs *problems) (h header, ok bool) {
	known := make(map[string]string, len(l))
	for _, c := range l {
		known[domain.Fold(c.header)] = c.header
	}
	row := headerRow(g, known)
	if row == 0 {
		probs.add(g.name, 1, 1, "không tìm thấy dòng tiêu đề của bảng (các cột bắt buộc: %s)", requiredList(l))
		return header{}, false
	}
	h = header{row: row, cols: make(map[string]int)}
	for i, v := range g.rows[row-1] {
		readHeaderCell(g, &h, known, i+1, v, probs)
	}
	ok = true
	for _, c := range l {
		if c.required && h.cols[c.header] == 0 {
			probs.add(g.name, len(g.rows[row-1])+1, row, "thiếu cột bắt buộc “%s”", c.header)
			ok = false
		}
	}
	return h, ok
}

func headerRow(g grid, known map[string]string) int {
	for r, cells := range g.rows {
		for _, v := range cells {
			if _, ok := known[domain.Fold(v)]; ok {
				return r + 1
			}
		}
	}
	return 0
}

func readHeaderCell(g grid, h *header, known map[string]string, col int, v string, probs *problems) {
	if v == "" {
		return
	}
	name, ok := known[domain.Fold(v)]
	switch {
	case !ok:
		probs.add(g.name, col, h.row, "cột “%s” không có trong mẫu; xóa cột này hoặc sửa tiêu đề cho đúng mẫu", v)
	case h.cols[name] != 0:
		probs.add(g.name, col, h.row, "cột “%s” bị lặp (đã có ở cột %s)", name, columnName(h.cols[name]))
	default:
		h.cols[name] = col
	}
}

func requiredList(l layout) string {
	var names []string
	for _, c := range l {
		if c.required {
			names = append(names, "“"+c.header+"”")
		}
	}
	return strings.Join(names, ", ")
}

func columnName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}
