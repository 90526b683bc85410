package excel

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// textFormat is Excel's built-in "@" format: what is typed stays text, so that
// "= 100 %" is not taken for a formula nor "2026-03" for a date.
const textFormat = 49

// styles are the cell styles of a written workbook.
type styles struct {
	header   int // bold on a fill, wrapped, bordered
	label    int // the labels of a key/value block
	title    int // a sheet's title line
	kinds    map[cellKind]int
	shaded   int // a cell that does not apply to its row
	editable int // a value a person fills in, in a key/value block
	column   int // the default of a column kept as typed, for rows added later
}

// of returns the style of a cell of the given kind.
func (s styles) of(k cellKind) int { return s.kinds[k] }

func newStyles(f *excelize.File) (styles, error) {
	s := styles{kinds: make(map[cellKind]int)}
	defs := []struct {
		dst   *int
		style *excelize.Style
	}{
		{&s.header, &excelize.Style{Border: borders(), Fill: fill("DDEBF7"), Font: &excelize.Font{Bold: true},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.label, &excelize.Style{Border: borders(), Fill: fill("DDEBF7"), Font: &excelize.Font{Bold: true}, Alignment: align("left")}},
		{&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 13}}},
		{&s.shaded, &excelize.Style{Border: borders(), Fill: fill("E7E6E6"), Alignment: align("center")}},
		{&s.editable, &excelize.Style{Border: borders(), Alignment: align("left"), NumFmt: textFormat}},
		{&s.column, &excelize.Style{Alignment: align("left"), NumFmt: textFormat}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(d.style)
		if err != nil {
			return styles{}, fmt.Errorf("new style: %w", err)
		}
		*d.dst = id
	}
	for kind, style := range kindStyles() {
		id, err := f.NewStyle(style)
		if err != nil {
			return styles{}, fmt.Errorf("new style: %w", err)
		}
		s.kinds[kind] = id
	}
	return s, nil
}

func kindStyles() map[cellKind]*excelize.Style {
	return map[cellKind]*excelize.Style{
		kindText:     {Border: borders(), Alignment: align("left")},
		kindLiteral:  {Border: borders(), Alignment: align("left"), NumFmt: textFormat},
		kindNumber:   {Border: borders(), Alignment: align("right")},
		kindCentered: {Border: borders(), Alignment: align("center")},
	}
}

func borders() []excelize.Border {
	const grey = "A6A6A6"
	return []excelize.Border{
		{Type: "left", Color: grey, Style: 1}, {Type: "right", Color: grey, Style: 1},
		{Type: "top", Color: grey, Style: 1}, {Type: "bottom", Color: grey, Style: 1},
	}
}

func fill(color string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
}

func align(horizontal string) *excelize.Alignment {
	return &excelize.Alignment{Horizontal: horizontal, Vertical: "top", WrapText: true}
}
