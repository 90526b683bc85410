package docx

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Advance widths of printable ASCII (U+0020 to U+007E) in Times New Roman,
// in thousandths of an em (the Adobe Times metrics, which Times New Roman and
// its metric-compatible Liberation Serif share).
var (
	timesRegular = [95]uint16{
		250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space … /
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0 … ?
		921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ … O
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P … _
		333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` … o
		500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p … ~
	}
	timesBold = [95]uint16{
		250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
		930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
		611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
		333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
		556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
	}
)

// textWidthPt estimates the width in points of s set in Times New Roman at
// sizePt. A Vietnamese letter is as wide as its base letter (Ấ as A, Đ as D);
// the estimate is for sizing rules, not for line breaking.
func textWidthPt(s string, sizePt float64, isBold bool) float64 {
	table := &timesRegular
	if isBold {
		table = &timesBold
	}
	units := 0
	for _, r := range s {
		units += int(advance(table, r)) + hornWidth(r)
	}
	return float64(units) * sizePt / 1000
}

// hornWidth is what the horn of Ơ, ơ, Ư, ư and their toned forms adds to the
// width of the base letter.
func hornWidth(r rune) int {
	if r >= 0x80 && strings.ContainsRune(norm.NFD.String(string(r)), '\u031B') {
		return 60
	}
	return 0
}

func advance(table *[95]uint16, r rune) uint16 {
	switch r {
	case 'Đ':
		r = 'D'
	case 'đ':
		r = 'd'
	}
	if r >= 0x80 {
		if d := norm.NFD.String(string(r)); d != "" {
			r = []rune(d)[0]
		}
	}
	if r >= 0x20 && r <= 0x7e {
		return table[r-0x20]
	}
	return 500
}
