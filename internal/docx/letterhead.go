package docx

import "github.com/nq57/nq57/internal/report"

// issuingRuleLength is the length of the short rule under a state issuing
// body, as a share of its text (Nghị định 30/2020: a third to a half).
const issuingRuleLength = 0.4

// letterhead writes the two-column block at the top of the first page: the
// issuing bodies, star and number on the left; the motto and the place and
// date on the right, the place and date on the row of the star (or of the
// number when there is no star). Each line is a table row, so the two
// columns stay aligned.
func (b *builder) letterhead(h report.Header, l report.Layout) {
	widths := letterheadWidths(h, l)
	left := leftHeader(h, l, widths[0])
	right := rightHeader(h, l, widths[1])
	rows := make([][][]para, max(len(left), len(right)))
	for i := range rows {
		rows[i] = [][]para{lineAt(left, i), lineAt(right, i)}
	}
	b.plainTable(widths, rows)
}

// letterheadWidths splits the text width by the layout's header share, then,
// if a line of the right column would not fit on one line ("CỘNG HÒA XÃ HỘI
// CHỦ NGHĨA VIỆT NAM" beside a 45% left column), moves the split left as far
// as the left column's own lines allow.
func letterheadWidths(h report.Header, l report.Layout) []int {
	widths := splitWidths(textWidth(l), l.HeaderLeftShare)
	right := neededWidth(
		run{text: h.Motto, bold: true, size: orBody(l.MottoSize, l)},
		run{text: h.SubMotto, bold: true, size: orBody(l.SubMottoSize, l)},
		run{text: h.PlaceDate, size: l.BodySize},
	)
	left := neededWidth(
		run{text: h.SuperiorBody, size: l.BodySize},
		run{text: h.IssuingBody, bold: true, size: l.BodySize},
		run{text: h.Number, size: l.BodySize},
	)
	if shift := min(right-widths[1], widths[0]-left); shift > 0 {
		widths[0], widths[1] = widths[0]-shift, widths[1]+shift
	}
	return widths
}

// neededWidth is the width in twips of a layout-table cell that holds the
// widest of the runs on one line, with a little room to spare.
func neededWidth(runs ...run) int {
	w := 0.0
	for _, r := range runs {
		w = max(w, textWidthPt(r.text, r.size, r.bold))
	}
	return ptTwips(w*1.02) + 2*plainCellMargin
}

// line is the content of one letterhead cell: a paragraph of text, and the
// rule under it if it has one.
type line []para

func lineAt(lines []line, i int) []para {
	if i < len(lines) {
		return lines[i]
	}
	return nil
}

func textLine(r run) line {
	return line{{style: styleLetterhead, runs: []run{r}}}
}

// leftHeader returns the lines of the left column.
func leftHeader(h report.Header, l report.Layout, width int) []line {
	var lines []line
	if h.SuperiorBody != "" {
		lines = append(lines, textLine(run{text: h.SuperiorBody}))
	}
	if h.IssuingBody != "" {
		issuing := textLine(run{text: h.IssuingBody, bold: true})
		if !h.Star { // state documents: a short rule instead of the star
			issuing = append(issuing, ruleUnder(h.IssuingBody, l.BodySize, true, width, issuingRuleLength))
		}
		lines = append(lines, issuing)
	}
	if h.Star {
		lines = append(lines, textLine(run{text: "*"}))
	}
	if h.Number != "" {
		lines = append(lines, textLine(run{text: h.Number}))
	}
	return lines
}

// rightHeader returns the lines of the right column: the motto, the sub-motto,
// a solid rule under the last of them as long as its text, then the place and
// date on the header's DateRow or below.
func rightHeader(h report.Header, l report.Layout, width int) []line {
	var lines []line
	var last run
	for _, m := range []run{
		{text: h.Motto, bold: true, size: orBody(l.MottoSize, l)},
		{text: h.SubMotto, bold: true, size: orBody(l.SubMottoSize, l)},
	} {
		if m.text != "" {
			lines, last = append(lines, textLine(m)), m
		}
	}
	if n := len(lines); n > 0 {
		lines[n-1] = append(lines[n-1], ruleUnder(last.text, last.size, true, width, 1))
	}
	for len(lines) < h.DateRow() {
		lines = append(lines, line{emptyPara(styleLetterhead)})
	}
	if h.PlaceDate != "" {
		lines = append(lines, textLine(run{text: h.PlaceDate, italic: true}))
	}
	return lines
}

// orBody returns sizePt, or the body size when the layout leaves it unset.
func orBody(sizePt float64, l report.Layout) float64 {
	if sizePt > 0 {
		return sizePt
	}
	return l.BodySize
}
