package commune

import (
	"fmt"

	"github.com/nq57/nq57/internal/stats"
	"github.com/nq57/nq57/internal/web/ui"
)

// monthChart is the month-by-month chart of the statistics page: for each
// month a pair of bars, received and answered, laid out here for an inline
// SVG (no script, no chart library). The page repeats the figures in a table
// for screen readers and for reading exact values.
type monthChart struct {
	ui.Frame
	Groups []monthGroup
	Desc   string
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
	ui.Box
	Series string
	Title  string
	Value  int
}

const (
	monthSlot = 56.0 // horizontal room per month
	monthBar1 = 18.0 // width of one bar
)

func newMonthChart(months []stats.MonthFigures) monthChart {
	c := monthChart{Frame: ui.NewFrame(monthSlot * float64(len(months)))}
	largest := 0
	for _, m := range months {
		largest = max(largest, m.Received, m.Answered)
	}
	c.Scale(largest)
	slot := (c.Right - c.Left) / float64(max(len(months), 1))
	for i, m := range months {
		mid := c.Left + slot*(float64(i)+0.5)
		name := fmt.Sprintf("Tháng %02d/%d", m.Month.N, m.Month.Year)
		g := monthGroup{Label: fmt.Sprintf("%02d/%02d", m.Month.N, m.Month.Year%100), Mid: ui.Coord(mid)}
		for j, b := range []struct {
			series, word string
			value        int
		}{{"received", "tiếp nhận", m.Received}, {"answered", "đã trả lời", m.Answered}} {
			g.Bars = append(g.Bars, monthBar{Box: c.Bar(mid-monthBar1+monthBar1*float64(j), monthBar1, b.value), Series: b.series,
				Title: fmt.Sprintf("%s: %d %s", name, b.value, b.word), Value: b.value})
		}
		c.Groups = append(c.Groups, g)
	}
	c.Desc = fmt.Sprintf("Biểu đồ cột: số phản ánh, kiến nghị tiếp nhận và đã trả lời của %d tháng; số liệu chi tiết ở bảng dưới.", len(months))
	return c
}
