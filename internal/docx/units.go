package docx

import (
	"math"
	"strconv"

	"github.com/nq57/nq57/internal/report"
)

// twips converts millimetres to twentieths of a point, WordprocessingML's
// unit of length.
func twips(mm float64) int { return int(math.Round(mm / 25.4 * 1440)) }

// ptTwips converts points to twips.
func ptTwips(pt float64) int { return int(math.Round(pt * 20)) }

// halfPoints converts a font size in points to the half points of w:sz.
func halfPoints(pt float64) int { return int(math.Round(pt * 2)) }

// lineTwips converts a line-spacing multiple to w:line in 240ths of a line.
func lineTwips(multiple float64) int { return int(math.Round(multiple * 240)) }

// textWidth is the width between the margins, in twips.
func textWidth(l report.Layout) int {
	return twips(l.PageWidth - l.MarginLeft - l.MarginRight)
}

// shares splits total into widths proportional to the given shares, so that
// the widths add up to total exactly. Shares that add up to nothing are taken
// as equal.
func shares(total int, weights []float64) []int {
	sum := 0.0
	for _, w := range weights {
		if w > 0 {
			sum += w
		}
	}
	out := make([]int, len(weights))
	acc, prev := 0.0, 0
	for i, w := range weights {
		switch {
		case sum == 0:
			w = 1 / float64(len(weights))
		case w < 0:
			w = 0
		default:
			w /= sum
		}
		acc += w
		next := int(math.Round(acc * float64(total)))
		out[i], prev = next-prev, next
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
