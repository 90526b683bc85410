package pdf

import (
	"fmt"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/go-pdf/fpdf"
)

// family is the name the embedded fonts are registered under. Liberation Serif
// is metric-compatible with Times New Roman, which the layout asks for, so line
// breaks match what Word produces with the real font.
const family = "LiberationSerif"

// ptToMM converts points (type sizes) to millimetres (page lengths).
const ptToMM = 25.4 / 72

// style is the look of a piece of text.
type style struct {
	Bold, Italic, Underline bool
}

// fontStyle is the fpdf style string: "", "B", "I", "BI", plus "U".
func (s style) fontStyle() string {
	v := ""
	if s.Bold {
		v += "B"
	}
	if s.Italic {
		v += "I"
	}
	if s.Underline {
		v += "U"
	}
	return v
}

// face is the font file key of a style (underline is drawn, not a font).
func (s style) face() style { return style{Bold: s.Bold, Italic: s.Italic} }

// fontFiles maps each face to its TrueType data.
func fontFiles() map[style][]byte {
	return map[style][]byte{
		{}:                         liberationserifregular.TTF,
		{Bold: true}:               liberationserifbold.TTF,
		{Italic: true}:             liberationserifitalic.TTF,
		{Bold: true, Italic: true}: liberationserifbolditalic.TTF,
	}
}

// addFonts registers the faces the document uses; fpdf parses each font file
// here and embeds a subset of it on output.
func addFonts(p *fpdf.Fpdf, faces map[style]bool) {
	files := fontFiles()
	for _, f := range []style{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}} {
		if faces[f] {
			p.AddUTF8FontFromBytes(family, f.fontStyle(), files[f])
		}
	}
}

// fonts measures text in the faces a document uses.
type fonts struct {
	faces map[style]*metrics
}

// loadFonts reads the metrics of the given faces.
func loadFonts(faces map[style]bool) (fonts, error) {
	files := fontFiles()
	fs := fonts{faces: make(map[style]*metrics, len(faces))}
	for f := range faces {
		m, err := parseMetrics(files[f])
		if err != nil {
			return fonts{}, fmt.Errorf("font %q: %w", f.fontStyle(), err)
		}
		fs.faces[f] = m
	}
	return fs, nil
}

func (fs fonts) metrics(st style) *metrics {
	if m := fs.faces[st.face()]; m != nil {
		return m
	}
	return fs.faces[style{}]
}

// width is the width of s in millimetres.
func (fs fonts) width(s string, st style, size float64) float64 {
	return fs.metrics(st).width(s, size)
}

// single is Word's single line spacing at size points, in millimetres.
func (fs fonts) single(size float64) float64 {
	m := fs.metrics(style{})
	return (m.ascent + m.descent + m.lineGap) * size * ptToMM
}

// baseline is where text sits in a line box of height h starting at top: the
// glyphs' extent (ascender to descender) centred in the box.
func (fs fonts) baseline(top, h, size float64) float64 {
	m := fs.metrics(style{})
	return top + h/2 + (m.ascent-m.descent)/2*size*ptToMM
}

// measure is the width of s in millimetres as it is drawn: what the face
// cannot draw substituted (see drawable).
func (fs fonts) measure(s string, st style, size float64) float64 {
	return fs.width(fs.drawable(s, st), st, size)
}
