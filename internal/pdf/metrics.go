package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// metrics reads what line breaking needs from a TrueType file: advance widths,
// vertical metrics and which characters have a glyph. fpdf draws; the layout
// measures with these, so measuring never touches the page stream.
type metrics struct {
	data        []byte
	upm         float64
	ascent      float64 // em, above the baseline
	descent     float64 // em, below the baseline (positive)
	lineGap     float64 // em
	numHMetrics int
	hmtx        int
	cmapFormat  int
	cmap        int // offset of the chosen cmap subtable
}

var errBadFont = errors.New("pdf: malformed TrueType font")

// parseMetrics locates the head, hhea, hmtx and cmap tables of a font file.
func parseMetrics(ttf []byte) (*metrics, error) {
	tables, err := tableOffsets(ttf)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if head == 0 || hhea == 0 || hmtx == 0 || cmap == 0 || hhea+36 > len(ttf) {
		return nil, errBadFont
	}
	m := &metrics{data: ttf, upm: float64(u16(ttf, head+18)), hmtx: hmtx}
	if m.upm == 0 {
		return nil, errBadFont
	}
	m.ascent = float64(int16(u16(ttf, hhea+4))) / m.upm
	m.descent = -float64(int16(u16(ttf, hhea+6))) / m.upm
	m.lineGap = float64(int16(u16(ttf, hhea+8))) / m.upm
	m.numHMetrics = u16(ttf, hhea+34)
	m.cmapFormat, m.cmap = chooseCmap(ttf, cmap)
	if m.cmap == 0 || m.numHMetrics == 0 {
		return nil, errBadFont
	}
	return m, nil
}

// tableOffsets maps each table tag to its offset in the file.
func tableOffsets(ttf []byte) (map[string]int, error) {
	if len(ttf) < 12 {
		return nil, errBadFont
	}
	n := u16(ttf, 4)
	if 12+16*n > len(ttf) {
		return nil, errBadFont
	}
	t := make(map[string]int, n)
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		off := int(binary.BigEndian.Uint32(ttf[rec+8:]))
		if off >= len(ttf) {
			return nil, fmt.Errorf("%w: table offset", errBadFont)
		}
		t[string(ttf[rec:rec+4])] = off
	}
	return t, nil
}

// chooseCmap prefers the full Unicode subtable (3,10 format 12), then the BMP
// one (3,1 format 4).
func chooseCmap(ttf []byte, cmap int) (format, offset int) {
	n := u16(ttf, cmap+2)
	for i := 0; i < n; i++ {
		rec := cmap + 4 + 8*i
		platform, encoding := u16(ttf, rec), u16(ttf, rec+2)
		off := cmap + int(binary.BigEndian.Uint32(ttf[rec+4:]))
		f := u16(ttf, off)
		switch {
		case platform == 3 && encoding == 10 && f == 12:
			return 12, off
		case platform == 3 && encoding == 1 && f == 4 && format != 12:
			format, offset = 4, off
		}
	}
	return format, offset
}

// glyph returns the glyph index of r, 0 when the font has none.
func (m *metrics) glyph(r rune) int {
	if r < 0 {
		return 0
	}
	if m.cmapFormat == 12 {
		return m.glyph12(uint32(r))
	}
	if r > 0xFFFF {
		return 0
	}
	return m.glyph4(int(r))
}

func (m *metrics) glyph4(c int) int {
	d, t := m.data, m.cmap
	segs := u16(d, t+6) / 2
	ends, starts := t+14, t+16+2*segs
	deltas, ranges := starts+2*segs, starts+4*segs
	i := sort.Search(segs, func(i int) bool { return u16(d, ends+2*i) >= c })
	if i == segs || u16(d, starts+2*i) > c {
		return 0
	}
	delta, ro := u16(d, deltas+2*i), u16(d, ranges+2*i)
	if ro == 0 {
		return (c + delta) & 0xFFFF
	}
	addr := ranges + 2*i + ro + 2*(c-u16(d, starts+2*i))
	if addr+2 > len(d) {
		return 0
	}
	g := u16(d, addr)
	if g == 0 {
		return 0
	}
	return (g + delta) & 0xFFFF
}

func (m *metrics) glyph12(c uint32) int {
	d, t := m.data, m.cmap
	n := int(binary.BigEndian.Uint32(d[t+12:]))
	grp := func(i int) (uint32, uint32, uint32) {
		o := t + 16 + 12*i
		return binary.BigEndian.Uint32(d[o:]), binary.BigEndian.Uint32(d[o+4:]), binary.BigEndian.Uint32(d[o+8:])
	}
	i := sort.Search(n, func(i int) bool { _, end, _ := grp(i); return end >= c })
	if i == n {
		return 0
	}
	start, _, g := grp(i)
	if start > c {
		return 0
	}
	return int(g + c - start)
}

// advance is the advance width of r in em (the missing-glyph box if absent).
func (m *metrics) advance(r rune) float64 {
	g := m.glyph(r)
	if g >= m.numHMetrics {
		g = m.numHMetrics - 1
	}
	return float64(u16(m.data, m.hmtx+4*g)) / m.upm
}

// width is the width of s in millimetres at size points.
func (m *metrics) width(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += m.advance(r)
	}
	return w * size * ptToMM
}

// has reports whether the font draws r.
func (m *metrics) has(r rune) bool { return m.glyph(r) != 0 }

func u16(b []byte, off int) int {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return int(binary.BigEndian.Uint16(b[off:]))
}
