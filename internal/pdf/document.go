// Package pdf renders a report.Model as a PDF in-process: fpdf draws, the
// Liberation Serif fonts (Times New Roman metrics) are embedded as subsets, and
// the layout (line breaking, justification, pagination) is done here.
package pdf

import (
	"fmt"
	"io"
	"strconv"

	"github.com/go-pdf/fpdf"
	"github.com/nq57/nq57/internal/report"
)

// eps absorbs rounding when comparing lengths in millimetres.
const eps = 0.01

// doc is a document being drawn: the fpdf page stream, the layout profile,
// the font metrics and the vertical cursor.
type doc struct {
	pdf *fpdf.Fpdf
	l   report.Layout
	fs  fonts
	y   float64 // top of the next block, mm from the page top
}

// Write renders m as a PDF to w. A Model without a layout gets the Party one.
// A character the embedded font cannot draw (an emoji, a Chinese character)
// never stops the document: it is drawn as a replacement square (see
// drawable), so that a stray character typed in a meeting cannot keep a
// period's report from being downloaded or issued.
func Write(w io.Writer, m report.Model) error {
	if m.Layout.PageWidth == 0 {
		m.Layout = report.PartyLayout()
	}
	d, err := newDoc(m)
	if err != nil {
		return err
	}
	d.header(m.Header)
	d.title(m.DocType, m.Summary)
	d.body(m.Body)
	d.footer(m.Footer)
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// newDoc sets up the page, metadata and fonts and opens the first page.
func newDoc(m report.Model) (*doc, error) {
	faces := usedFaces(m)
	fs, err := loadFonts(faces)
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	l := m.Layout
	p := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: l.PageWidth, Ht: l.PageHeight},
	})
	p.SetMargins(l.MarginLeft, l.MarginTop, l.MarginRight)
	p.SetAutoPageBreak(false, l.MarginBottom)
	p.SetTitle(clean(m.Summary), true)
	p.SetSubject(clean(m.DocType), true)
	p.SetAuthor(clean(m.Header.IssuingBody), true)
	p.SetCreator("nq57", true)
	p.SetLang("vi-VN")
	p.SetDisplayMode("fullpage", "single")
	addFonts(p, faces)
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("pdf: fonts: %w", err)
	}
	d := &doc{pdf: p, l: l, fs: fs}
	p.SetHeaderFunc(d.pageNumber)
	d.newPage()
	return d, nil
}

// pageNumber draws the page number centred in the top margin from page 2.
func (d *doc) pageNumber() {
	n := d.pdf.PageNo()
	if n < 2 && d.l.PageNumbersFromPage2 {
		return
	}
	size := d.l.BodySize
	l := d.fs.oneLine(strconv.Itoa(n), style{}, size)
	d.drawLine(l, d.l.MarginLeft, d.fs.baseline(0, d.l.MarginTop, size), d.textWidth(), alignCenter, size)
}

func (d *doc) newPage() {
	d.pdf.AddPage()
	d.y = d.l.MarginTop
}

func (d *doc) textWidth() float64 { return d.l.PageWidth - d.l.MarginLeft - d.l.MarginRight }
func (d *doc) bottom() float64    { return d.l.PageHeight - d.l.MarginBottom }
func (d *doc) atTop() bool        { return d.y <= d.l.MarginTop+eps }
func (d *doc) fits(h float64) bool {
	return d.y+h <= d.bottom()+eps
}

// ensure starts a new page unless h fits below the cursor (or the page is
// still empty, where waiting would not help).
func (d *doc) ensure(h float64) {
	if !d.fits(h) && !d.atTop() {
		d.newPage()
	}
}

// lineHeight is the body line pitch at size points: single spacing times the
// layout's multiple.
func (d *doc) lineHeight(size float64) float64 {
	return d.fs.single(size) * d.l.LineSpacing
}

// rule draws a horizontal line.
func (d *doc) rule(x, y, w float64) {
	d.pdf.SetLineWidth(ruleWidth)
	d.pdf.Line(x, y, x+w, y)
}

// ruleWidth is the stroke of the rules under the motto and the summary (0.5 pt).
const ruleWidth = 0.5 * ptToMM
