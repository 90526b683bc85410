package web

import (
	"fmt"

	"github.com/nq57/nq57/internal/stats"
)

// monthChart is the month-by-month chart of the statistics page: for each
// month a pair of bars, received and answered, laid out here for an inline
// SVG (no script, no chart library). The page repeats the figures in a table
// for screen readers and for reading exact values.
type monthChart struct {
	Width, Height float64
	Left, Right   float64
	Base          float64 // the y of the zero line
	Ticks         []chartTick
	Groups        []monthGroup
	Desc          string
}

// monthGroup is the pair of bars of one month.
type monthGroup struct {
	Label string // "01/26" under the pair
	Mid   float64
	Bars  []monthBar
}

// monthBar is one bar: its series ("received" or "answered"), its tooltip
// and its box.
type monthBar struct {
	Series     string
	Title      string
	Value      int
	X, Y, W, H float64
}

const (
	monthSlot = 56.0 // horizontal room per month
	monthBar1 = 18.0 // width of one bar
)

// ViewBox is the SVG's viewBox.
func (c monthChart) ViewBox() string {
	return "0 0 " + fmtNum(c.Width) + " " + fmtNum(c.Height)
}

func newMonthChart(months []stats.MonthFigures) monthChart {
	c := monthChart{Height: chartHeight, Left: chartLeft, Base: chartHeight - chartBottom}
	c.Width = max(chartWidth, chartLeft+chartRight+monthSlot*float64(len(months)))
	c.Right = c.Width - chartRight
	largest := 0
	for _, m := range months {
		largest = max(largest, m.Received, m.Answered)
	}
	top, plotH, ticks := chartAxis(c.Base, largest)
	c.Ticks = ticks
	slot := (c.Right - c.Left) / float64(max(len(months), 1))
	for i, m := range months {
		mid := c.Left + slot*(float64(i)+0.5)
		name := fmt.Sprintf("Tháng %02d/%d", m.Month.N, m.Month.Year)
		g := monthGroup{Label: fmt.Sprintf("%02d/%02d", m.Month.N, m.Month.Year%100), Mid: round1(mid)}
		for j, b := range []struct {
			series, word string
			value        int
		}{{"received", "tiếp nhận", m.Received}, {"answered", "đã trả lời", m.Answered}} {
			y := round1(c.Base - plotH*float64(b.value)/float64(top))
			g.Bars = append(g.Bars, monthBar{Series: b.series, Title: fmt.Sprintf("%s: %d %s", name, b.value, b.word), Value: b.value,
				X: round1(mid - monthBar1 + monthBar1*float64(j)), Y: y, W: monthBar1, H: round1(c.Base - y)})
		}
		c.Groups = append(c.Groups, g)
	}
	c.Desc = fmt.Sprintf("Biểu đồ cột: số phản ánh, kiến nghị tiếp nhận và đã trả lời của %d tháng; số liệu chi tiết ở bảng dưới.", len(months))
	return c
}
