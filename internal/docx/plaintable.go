package docx

// noBorders turns off every border of a layout table.
const noBorders = `<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>` +
	`<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>`

// plainCellMargin is the left and right padding of a layout table's cells, in twips.
const plainCellMargin = 57 // 1 mm

// plainTable writes a borderless full-width table used to lay out the header
// and the footer side by side. rows[i][j] holds the paragraphs of column j of
// row i; rows do not split across pages.
func (b *builder) plainTable(widths []int, rows [][][]para) {
	b.raw(`<w:tbl><w:tblPr><w:tblW w:w="`)
	b.int(sum(widths))
	b.raw(`" w:type="dxa"/><w:tblBorders>`, noBorders, `</w:tblBorders><w:tblLayout w:type="fixed"/>`)
	b.raw(`<w:tblCellMar><w:left w:w="`, itoa(plainCellMargin), `" w:type="dxa"/><w:right w:w="`, itoa(plainCellMargin), `" w:type="dxa"/></w:tblCellMar>`)
	b.raw(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`)
	b.grid(widths)
	for _, row := range rows {
		b.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
		for j, w := range widths {
			var cell []para
			if j < len(row) {
				cell = row[j]
			}
			b.cell(w, "", cell...)
		}
		b.raw("</w:tr>")
	}
	b.raw("</w:tbl>")
}

// splitWidths divides the text width into a left column of the given share
// and a right column of the rest.
func splitWidths(total int, left float64) []int {
	return shares(total, []float64{left, 1 - left})
}

// ruleUnder returns a rule paragraph to put under text set at sizePt in a
// column of width colWidth twips, scaled by length (1 for as long as the text).
func ruleUnder(text string, sizePt float64, isBold bool, colWidth int, length float64) para {
	w := ptTwips(textWidthPt(text, sizePt, isBold) * length)
	indent := (colWidth - 2*plainCellMargin - w) / 2
	return para{style: styleLetterhead, rule: &rule{indent: max(indent, 0)}}
}
