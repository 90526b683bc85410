package pdf

import "github.com/nq57/nq57/internal/report"

// Fractions of the layout's lengths used around the header and title.
const (
	ruleDrop       = 0.3  // a rule sits this many body lines below its text's baseline
	summaryRuleLen = 0.2  // the short rule under the summary, as a share of the text width
	starRuleLen    = 0.35 // the short rule under a state issuing body, as a share of its text
)

// header draws the borderless two-column block: issuing body left, motto and
// place/date right, then moves the cursor below the taller column.
func (d *doc) header(h report.Header) {
	left := d.headerSplit(h)
	lh := d.fs.single(d.l.BodySize)
	yl := d.headerLeft(h, d.l.MarginLeft, left, lh)
	yr := d.headerRight(h, d.l.MarginLeft+left, d.textWidth()-left, lh)
	d.y = max(yl, yr)
}

// columnPad keeps the header columns' texts apart, in millimetres.
const columnPad = 2

// headerSplit is the width of the left header column: the layout's share,
// moved left when a right-column line (the state motto "CỘNG HÒA XÃ HỘI CHỦ
// NGHĨA VIỆT NAM") would otherwise wrap and the left lines leave room.
func (d *doc) headerSplit(h report.Header) float64 {
	tw := d.textWidth()
	left := tw * d.l.HeaderLeftShare
	bold, size := style{Bold: true}, d.l.BodySize
	right := max(d.fs.measure(h.Motto, bold, d.l.MottoSize), d.fs.measure(h.SubMotto, bold, d.l.SubMottoSize),
		d.fs.measure(h.PlaceDate, style{Italic: true}, size)) + columnPad
	if right <= tw-left {
		return left
	}
	need := max(d.fs.measure(h.SuperiorBody, style{}, size), d.fs.measure(h.IssuingBody, bold, size),
		d.fs.measure(h.Number, style{}, size)) + columnPad
	return max(tw-right, min(need, left))
}

// headerLeft draws the superior body, the issuing body, the star (or a short
// rule) and the number, centred; it returns the bottom.
func (d *doc) headerLeft(h report.Header, x, w, lh float64) float64 {
	size, y := d.l.BodySize, d.y
	y = d.centred(h.SuperiorBody, style{}, size, x, w, y, lh)
	top := y
	y = d.centred(h.IssuingBody, style{Bold: true}, size, x, w, y, lh)
	switch {
	case h.Star:
		y = d.centred("*", style{}, size, x, w, y, lh)
	case h.IssuingBody != "" && y > top:
		rw := d.fs.measure(h.IssuingBody, style{Bold: true}, size) * starRuleLen
		ry := y - lh + d.fs.baseline(0, lh, size) + ruleDrop*lh
		d.rule(x+(w-rw)/2, ry, rw)
		y += lh * 0.3
	}
	return d.centred(h.Number, style{}, size, x, w, y, lh)
}

// headerRight draws the motto and sub-motto, the last of them ruled under as
// long as its text (a state document rules "Độc lập - Tự do - Hạnh phúc", not
// the national name above it), then the italic place and date one line lower;
// it returns the bottom.
func (d *doc) headerRight(h report.Header, x, w, lh float64) float64 {
	y := d.y
	y = d.ruled(h.Motto, d.l.MottoSize, h.SubMotto == "", x, w, y, lh)
	y = d.ruled(h.SubMotto, d.l.SubMottoSize, true, x, w, y, lh)
	if h.PlaceDate == "" {
		return y
	}
	return d.centred(h.PlaceDate, style{Italic: true}, d.l.BodySize, x, w, y+lh, lh)
}

// ruled draws bold text centred, with a rule under its last line as long as
// that line if rule is set; it returns the bottom.
func (d *doc) ruled(text string, size float64, rule bool, x, w, y, lh float64) float64 {
	if text == "" || !rule {
		return d.centred(text, style{Bold: true}, size, x, w, y, lh)
	}
	lines := d.fs.textLines(text, style{Bold: true}, size, w)
	y = d.centred(text, style{Bold: true}, size, x, w, y, lh)
	last := lines[len(lines)-1]
	ry := y - lh + d.fs.baseline(0, lh, size) + ruleDrop*lh
	d.rule(x+(w-last.w)/2, ry, last.w)
	return y
}

// centred draws text centred in [x, x+w], wrapping if it must, one line every
// lh from y; it returns the bottom.
func (d *doc) centred(text string, st style, size, x, w, y, lh float64) float64 {
	if text == "" {
		return y
	}
	for _, l := range d.fs.textLines(text, st, size, w) {
		d.drawLine(l, x, d.fs.baseline(y, lh, size), w, alignCenter, size)
		y += lh
	}
	return y
}

// title draws the document type and the summary, centred and bold, with a
// short rule under the summary.
func (d *doc) title(docType, summary string) {
	gap := d.fs.single(d.l.BodySize)
	d.y += gap
	size := d.l.DocTypeSize
	d.y = d.centred(docType, style{Bold: true}, size, d.l.MarginLeft, d.textWidth(), d.y, d.fs.single(size))
	size = d.l.SummarySize
	lh := d.fs.single(size)
	for _, l := range d.fs.balanced(summary, style{Bold: true}, size, d.textWidth()) {
		d.drawLine(l, d.l.MarginLeft, d.fs.baseline(d.y, lh, size), d.textWidth(), alignCenter, size)
		d.y += lh
	}
	if summary != "" {
		rw := d.textWidth() * summaryRuleLen
		d.rule(d.l.MarginLeft+(d.textWidth()-rw)/2, d.y+ruleDrop*lh, rw)
	}
	d.y += gap
}
