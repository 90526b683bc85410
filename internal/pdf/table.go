package pdf

import (
	"strings"

	"github.com/nq57/nq57/internal/report"
)

// Cell padding in millimetres (Word's default is 1.9 mm at the sides).
const (
	cellPadX = 1.5
	cellPadY = 0.8
)

// laidTable is a table laid out for the text width.
type laidTable struct {
	header laidRow
	rows   []laidRow
}

// laidRow is a row with its cells laid out and its height.
type laidRow struct {
	cells []laidCell
	h     float64
}

// laidCell is a cell: its offset from the left margin, width and lines.
type laidCell struct {
	x, w  float64
	lines []line
	al    align
	size  float64
	lh    float64
}

func (t *laidTable) keepHeight() float64 {
	h := t.header.h
	if len(t.rows) > 0 {
		h += t.rows[0].h
	}
	return h
}

// layTable sizes the columns from their shares and lays out every row.
func (d *doc) layTable(t *report.Table) *laidTable {
	xs, ws := d.columns(t)
	centre := make([]bool, len(ws))
	titles := make([]string, len(ws))
	for i, c := range t.Columns {
		titles[i] = c.Title
		centre[i] = isNumberColumn(c.Title)
	}
	lt := &laidTable{header: d.layRow(titles, xs, ws, style{Bold: true}, nil, true)}
	for _, r := range t.Rows {
		cells := fitCells(r.Cells, len(ws))
		st := style{Bold: r.Group}
		cx, cw := xs, ws
		if r.Group {
			cells, cx, cw = spanGroup(cells, xs, ws)
		}
		lt.rows = append(lt.rows, d.layRow(cells, cx, cw, st, centre, false))
	}
	return lt
}

// columns turns the width shares into offsets and widths (equal widths when
// the shares are missing).
func (d *doc) columns(t *report.Table) (xs, ws []float64) {
	n := len(t.Columns)
	if n == 0 && len(t.Rows) > 0 {
		n = len(t.Rows[0].Cells)
		t = &report.Table{Columns: make([]report.Column, n), Rows: t.Rows}
	}
	total := 0.0
	for _, c := range t.Columns {
		total += c.Width
	}
	x := 0.0
	for _, c := range t.Columns {
		share := 1 / float64(n)
		if total > 0 {
			share = c.Width / total
		}
		xs, ws = append(xs, x), append(ws, share*d.textWidth())
		x += share * d.textWidth()
	}
	return xs, ws
}

// isNumberColumn reports whether a column holds the row numbers (TT, STT).
func isNumberColumn(title string) bool {
	t := strings.ToUpper(strings.TrimSpace(clean(title)))
	return t == "TT" || t == "STT"
}

// fitCells pads or trims cells to n.
func fitCells(cells []string, n int) []string {
	out := make([]string, n)
	copy(out, cells)
	return out
}

// spanGroup merges the empty cells that trail a group row's title into it, so
// "I | Phát triển hạ tầng" reads across the row.
func spanGroup(cells []string, xs, ws []float64) ([]string, []float64, []float64) {
	last := len(cells) - 1
	for last > 0 && strings.TrimSpace(cells[last]) == "" {
		last--
	}
	if last == len(cells)-1 {
		return cells, xs, ws
	}
	w := append([]float64(nil), ws[:last+1]...)
	for _, extra := range ws[last+1:] {
		w[last] += extra
	}
	return cells[:last+1], xs[:last+1], w
}

// layRow wraps each cell's text within its column.
func (d *doc) layRow(cells []string, xs, ws []float64, st style, centre []bool, header bool) laidRow {
	size := d.l.TableSize
	lh := d.fs.single(size)
	r := laidRow{}
	for i, text := range cells {
		al := alignLeft
		if header || (i < len(centre) && centre[i]) {
			al = alignCenter
		}
		inner := ws[i] - 2*cellPadX
		words := d.fs.words([]report.Run{{Text: text}}, st, size)
		c := laidCell{x: xs[i], w: ws[i], lines: breakLines(words, inner, inner, d.fs, size), al: al, size: size, lh: lh}
		r.cells = append(r.cells, c)
		r.h = max(r.h, float64(len(c.lines))*lh+2*cellPadY)
	}
	return r
}

// drawTable draws the rows, moving a row that does not fit to the next page
// and repeating the header row at the top of every page the table spans.
func (d *doc) drawTable(t *laidTable) {
	d.ensure(t.keepHeight())
	d.drawRow(t.header)
	for _, r := range t.rows {
		if !d.fits(r.h) {
			d.newPage()
			d.drawRow(t.header)
		}
		d.drawRow(r)
	}
}

// drawRow draws a row's bordered cells at the cursor, text centred vertically.
func (d *doc) drawRow(r laidRow) {
	d.pdf.SetLineWidth(borderWidth)
	for _, c := range r.cells {
		x := d.l.MarginLeft + c.x
		d.pdf.Rect(x, d.y, c.w, r.h, "D")
		top := d.y + (r.h-float64(len(c.lines))*c.lh)/2
		for _, l := range c.lines {
			d.drawLine(l, x+cellPadX, d.fs.baseline(top, c.lh, c.size), c.w-2*cellPadX, c.al, c.size)
			top += c.lh
		}
	}
	d.y += r.h
}

// borderWidth is the stroke of table borders (0.5 pt, Word's default).
const borderWidth = 0.5 * ptToMM
