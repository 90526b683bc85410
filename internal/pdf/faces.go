package pdf

import (
	"strings"

	"github.com/nq57/nq57/internal/report"
)

// eachText calls fn with every text of m and the style it is drawn in.
func eachText(m report.Model, fn func(text string, st style)) {
	regular, bold, italic := style{}, style{Bold: true}, style{Italic: true}
	h := m.Header
	fn("0123456789", regular) // page numbers
	fn(h.SuperiorBody, regular)
	fn(h.IssuingBody+h.Motto+h.SubMotto+m.DocType+m.Summary, bold)
	fn(h.Number, regular)
	fn(h.PlaceDate, italic)
	for _, b := range m.Body {
		eachBlockText(b, fn)
	}
	f := m.Footer
	fn(f.RecipientsLabel, labelStyle(m.Layout))
	fn(strings.Join(f.Recipients, ""), regular)
	fn(f.Authority+f.Position+f.Signer, bold)
}

func eachBlockText(b report.Block, fn func(text string, st style)) {
	for _, r := range b.Runs {
		fn(r.Text, style{Bold: r.Bold || b.Kind == report.Heading, Italic: r.Italic})
	}
	if b.Table == nil {
		return
	}
	for _, c := range b.Table.Columns {
		fn(c.Title, style{Bold: true})
	}
	for _, r := range b.Table.Rows {
		fn(strings.Join(r.Cells, ""), style{Bold: r.Group})
	}
}

// labelStyle is the style of "Nơi nhận:" in a layout.
func labelStyle(l report.Layout) style {
	return style{Bold: l.RecipientsLabelBold, Italic: l.RecipientsLabelItalic, Underline: l.RecipientsLabelUnderline}
}

// usedFaces lists the font faces m needs, so only those are parsed and embedded.
func usedFaces(m report.Model) map[style]bool {
	faces := map[style]bool{{}: true}
	eachText(m, func(text string, st style) {
		if text != "" {
			faces[st.face()] = true
		}
	})
	return faces
}
