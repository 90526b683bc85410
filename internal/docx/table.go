package docx

import (
	"fmt"

	"github.com/nq57/nq57/internal/report"
)

// gridBorders are the thin single lines of a bordered table.
const gridBorders = `<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
	`<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>`

// Cell margins of a bordered table, in twips.
const (
	cellMarginX = 85 // 1.5 mm
	cellMarginY = 28 // 0.5 mm
)

// table writes a bordered, full-width table: a bold centred header row that
// repeats on every page, bold group rows, a centred first column and rows that
// do not split across pages.
func (b *builder) table(t *report.Table, l report.Layout) error {
	if len(t.Columns) == 0 {
		return fmt.Errorf("table has no columns")
	}
	for i, r := range t.Rows {
		if len(r.Cells) > len(t.Columns) {
			return fmt.Errorf("table row %d has %d cells for %d columns", i+1, len(r.Cells), len(t.Columns))
		}
	}
	widths := columnWidths(t.Columns, textWidth(l))
	b.tableStart(widths)
	b.tableHeaderRow(t.Columns, widths)
	for _, r := range t.Rows {
		b.tableRow(r, widths)
	}
	b.raw("</w:tbl>")
	return nil
}

func columnWidths(cols []report.Column, total int) []int {
	w := make([]float64, len(cols))
	for i, c := range cols {
		w[i] = c.Width
	}
	return shares(total, w)
}

func (b *builder) tableStart(widths []int) {
	b.raw(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="`)
	b.int(sum(widths))
	b.raw(`" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>`, gridBorders, `</w:tblBorders>`)
	b.raw(`<w:tblLayout w:type="fixed"/><w:tblCellMar>`)
	b.raw(`<w:top w:w="`, itoa(cellMarginY), `" w:type="dxa"/><w:left w:w="`, itoa(cellMarginX), `" w:type="dxa"/>`)
	b.raw(`<w:bottom w:w="`, itoa(cellMarginY), `" w:type="dxa"/><w:right w:w="`, itoa(cellMarginX), `" w:type="dxa"/>`)
	b.raw(`</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`)
	b.grid(widths)
}

func (b *builder) grid(widths []int) {
	b.raw("<w:tblGrid>")
	for _, w := range widths {
		b.raw(`<w:gridCol w:w="`)
		b.int(w)
		b.raw(`"/>`)
	}
	b.raw("</w:tblGrid>")
}

func (b *builder) tableHeaderRow(cols []report.Column, widths []int) {
	b.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
	for i, c := range cols {
		b.cell(widths[i], "center", para{style: styleTableHeading, runs: []run{{text: c.Title}}})
	}
	b.raw("</w:tr>")
}

func (b *builder) tableRow(r report.Row, widths []int) {
	b.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
	for i, w := range widths {
		text := ""
		if i < len(r.Cells) {
			text = r.Cells[i]
		}
		p := para{style: styleTableText, runs: []run{{text: text, bold: r.Group}}}
		if i == 0 {
			p.align = "center"
		}
		b.cell(w, "center", p)
	}
	b.raw("</w:tr>")
}

// cell writes a table cell of width w twips holding the given paragraphs
// (at least one: a cell must end with a paragraph).
func (b *builder) cell(w int, vAlign string, paras ...para) {
	b.raw(`<w:tc><w:tcPr><w:tcW w:w="`)
	b.int(w)
	b.raw(`" w:type="dxa"/>`)
	if vAlign != "" {
		b.raw(`<w:vAlign w:val="`, vAlign, `"/>`)
	}
	b.raw("</w:tcPr>")
	if len(paras) == 0 {
		paras = []para{emptyPara(styleLetterhead)}
	}
	for _, p := range paras {
		b.paragraph(p)
	}
	b.raw("</w:tc>")
}

func sum(ns []int) int {
	t := 0
	for _, n := range ns {
		t += n
	}
	return t
}
