package pdf

import "github.com/nq57/nq57/internal/report"

// laid is a body block laid out for the text width, not yet placed on a page.
type laid struct {
	kind  report.BlockKind
	lines []line // paragraph or heading
	size  float64
	lh    float64 // line pitch
	table *laidTable
}

// minLines is the fewest lines of a paragraph left at a page foot or carried
// to the next page (orphan and widow control).
const minLines = 2

// body lays out and draws the body blocks in order.
func (d *doc) body(blocks []report.Block) {
	ls := make([]laid, 0, len(blocks))
	for _, b := range blocks {
		ls = append(ls, d.lay(b))
	}
	gap := d.l.ParagraphSpacing * ptToMM
	for i, b := range ls {
		if b.kind == report.Heading {
			d.ensure(keepHeight(ls, i, gap))
		}
		if b.table != nil {
			d.drawTable(b.table)
		} else {
			d.flow(b)
		}
		d.y += gap
	}
}

// lay lays out one block; a heading is set at the heading size.
func (d *doc) lay(b report.Block) laid {
	if b.Kind == report.TableKind && b.Table != nil {
		return laid{kind: b.Kind, table: d.layTable(b.Table)}
	}
	size, base := d.l.BodySize, style{}
	if b.Kind == report.Heading {
		size = d.l.HeadingSize // the runs say which words are bold: "III. …:" is, " Không" is not
	}
	w, indent := d.textWidth(), d.l.FirstLineIndent
	ws := d.fs.words(b.Runs, base, size)
	return laid{kind: b.Kind, lines: breakLines(ws, w-indent, w, d.fs, size), size: size, lh: d.lineHeight(size)}
}

// keepHeight is the height that must fit on the page for block i to start
// there: a heading with the gap after it and the start of what follows it, a
// paragraph's first lines (all of them when it is too short to split), a
// table's header and first row.
func keepHeight(ls []laid, i int, gap float64) float64 {
	b := ls[i]
	switch {
	case b.table != nil:
		return b.table.keepHeight()
	case b.kind == report.Heading && i+1 < len(ls):
		return float64(len(b.lines))*b.lh + gap + keepHeight(ls, i+1, gap)
	case b.kind == report.Heading:
		return float64(len(b.lines)) * b.lh
	}
	return float64(firstLines(len(b.lines))) * b.lh
}

// firstLines is how many of a paragraph's n lines must fit for it to start on
// a page, as flow breaks it: minLines, or all n when the paragraph is too
// short to leave minLines on both sides of a break.
func firstLines(n int) int {
	if n < 2*minLines {
		return n
	}
	return minLines
}

// flow draws a paragraph's lines, justified with a first-line indent, breaking
// pages where needed without leaving fewer than minLines on either side.
func (d *doc) flow(b laid) {
	for i := 0; i < len(b.lines); {
		n := d.linesHere(len(b.lines)-i, b.lh)
		if n == 0 {
			d.newPage()
			continue
		}
		for _, l := range b.lines[i : i+n] {
			x, w := d.l.MarginLeft, d.textWidth()
			if i == 0 {
				x, w = x+d.l.FirstLineIndent, w-d.l.FirstLineIndent
			}
			d.drawLine(l, x, d.fs.baseline(d.y, b.lh, b.size), w, alignJustify, b.size)
			d.y += b.lh
			i++
		}
		if i < len(b.lines) {
			d.newPage()
		}
	}
}

// linesHere is how many of the rest lines to draw on this page.
func (d *doc) linesHere(rest int, lh float64) int {
	fit := int((d.bottom() - d.y + eps) / lh)
	switch {
	case fit >= rest:
		return rest
	case d.atTop():
		return max(fit, 1)
	case rest-fit < minLines:
		fit = rest - minLines
	}
	if fit < minLines {
		return 0
	}
	return fit
}
