package pdf

import "github.com/nq57/nq57/internal/report"

// signatureSpace is the room left for the signature and seal, and footerGap
// the space above the footer, in body lines.
const (
	signatureSpace = 4
	footerGap      = 0.5
)

// footer draws the borderless two-column block, recipients left and the
// signature block right, kept together on one page.
func (d *doc) footer(f report.Footer) {
	left := d.textWidth() * d.l.HeaderLeftShare
	right := d.textWidth() - left
	lh := d.fs.single(d.l.BodySize)
	d.y += footerGap * lh
	d.ensure(max(d.recipientsHeight(f, left), d.signatureHeight(f, right, lh)))
	y := d.y
	yl := d.recipients(f, d.l.MarginLeft, left, y)
	yr := d.signature(f, d.l.MarginLeft+left, right, y, lh)
	d.y = max(yl, yr)
}

// recipientLines lays out "Nơi nhận:" and the recipients, left-aligned.
func (d *doc) recipientLines(f report.Footer, w float64) (label, list []line) {
	if f.RecipientsLabel != "" {
		label = d.fs.textLines(f.RecipientsLabel, labelStyle(d.l), d.l.RecipientsLabelSize, w)
	}
	for _, r := range f.Recipients {
		list = append(list, d.fs.textLines(r, style{}, d.l.RecipientsSize, w)...)
	}
	return label, list
}

func (d *doc) recipientsHeight(f report.Footer, w float64) float64 {
	label, list := d.recipientLines(f, w)
	return float64(len(label))*d.fs.single(d.l.RecipientsLabelSize) + float64(len(list))*d.fs.single(d.l.RecipientsSize)
}

// recipients draws the left column; it returns the bottom.
func (d *doc) recipients(f report.Footer, x, w, y float64) float64 {
	label, list := d.recipientLines(f, w)
	y = d.lines(label, d.l.RecipientsLabelSize, x, w, y, alignLeft)
	return d.lines(list, d.l.RecipientsSize, x, w, y, alignLeft)
}

// lines draws lines at single spacing from y; it returns the bottom.
func (d *doc) lines(ls []line, size, x, w, y float64, al align) float64 {
	lh := d.fs.single(size)
	for _, l := range ls {
		d.drawLine(l, x, d.fs.baseline(y, lh, size), w, al, size)
		y += lh
	}
	return y
}

func (d *doc) signatureHeight(f report.Footer, w, lh float64) float64 {
	n := 0
	for _, s := range []string{f.Authority, f.Position, f.Signer} {
		if s != "" {
			n += len(d.fs.textLines(s, style{Bold: true}, d.l.BodySize, w))
		}
	}
	return float64(n+signatureSpace) * lh
}

// signature draws the authority, position, room to sign and the signer's
// name, bold and centred; it returns the bottom.
func (d *doc) signature(f report.Footer, x, w, y, lh float64) float64 {
	bold, size := style{Bold: true}, d.l.BodySize
	y = d.centred(f.Authority, bold, size, x, w, y, lh)
	y = d.centred(f.Position, bold, size, x, w, y, lh)
	return d.centred(f.Signer, bold, size, x, w, y+signatureSpace*lh, lh)
}
