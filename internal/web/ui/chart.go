package ui

import (
	"math"
	"strconv"
)

// Charts are laid out here for an inline SVG: every coordinate is computed
// in Go, so the template only draws and no chart library (nor any script) is
// needed. Coordinates are in the SVG's viewBox units, rounded to a tenth.

// Frame is the box a chart is drawn in: its size, the plot's horizontal
// extent, the zero line and the value axis.
type Frame struct {
	Width, Height float64
	Left, Right   float64 // the plot's horizontal extent
	Base          float64 // the y of the zero line
	Ticks         []Tick
	top           int     // the value at the top of the axis
	plotH         float64 // the height from 0 to top
}

// Tick is one line of the value axis.
type Tick struct {
	Value int
	Y     float64
}

// Box is a bar's rectangle.
type Box struct {
	X, Y, W, H float64
}

// Layout of a chart: room for the axis numbers on the left, the value over
// each bar at the top and the labels under the bars.
const (
	chartWidth  = 420.0
	chartHeight = 220.0
	chartLeft   = 32.0
	chartRight  = 10.0
	chartTop    = 24.0
	chartBottom = 30.0
	chartMaxBar = 56.0
)

// NewFrame returns the frame of a chart whose plot needs plotWidth across:
// the standard width, or wider when the plot needs it. Its axis is laid out
// by Scale.
func NewFrame(plotWidth float64) Frame {
	f := Frame{Width: max(chartWidth, chartLeft+chartRight+plotWidth), Height: chartHeight, Left: chartLeft,
		Base: chartHeight - chartBottom}
	f.Right = f.Width - chartRight
	return f
}

// Scale lays out the value axis from 0 to a round number at or above
// largest (see niceScale), up to the top of the plot.
func (f *Frame) Scale(largest int) {
	top, step := niceScale(largest)
	f.top, f.plotH, f.Ticks = top, f.Base-chartTop, nil
	for v := 0; v <= top; v += step {
		f.Ticks = append(f.Ticks, Tick{Value: v, Y: Coord(f.Base - f.plotH*float64(v)/float64(top))})
	}
}

// Bar is the box of a bar of the value standing on the zero line, from x
// and w wide.
func (f Frame) Bar(x, w float64, value int) Box {
	y := Coord(f.Base - f.plotH*float64(value)/float64(f.top)) // H from the rounded top, so that bars stand on the base line
	return Box{X: Coord(x), Y: y, W: Coord(w), H: Coord(f.Base - y)}
}

// ViewBox is the SVG's viewBox, without exponent notation.
func (f Frame) ViewBox() string {
	return "0 0 " + svgNum(f.Width) + " " + svgNum(f.Height)
}

// BarChart is a chart of vertical bars, one per point.
type BarChart struct {
	Frame
	ID          string // prefix of the element IDs that title and desc use
	Title, Desc string
	Bars        []ChartBar
}

// ChartBar is one bar of a BarChart.
type ChartBar struct {
	Box
	Label string // under the bar
	Name  string // in full, for the tooltip and the table
	Value int
	Mid   float64 // the bar's centre, for its labels
}

// ChartPoint is one bar's data.
type ChartPoint struct {
	Label, Name string
	Value       int
}

// NewBarChart lays out the points as vertical bars on a scale from 0 to a
// round number at or above the largest value.
func NewBarChart(id, title, desc string, points []ChartPoint) BarChart {
	c := BarChart{Frame: NewFrame(0), ID: id, Title: title, Desc: desc}
	largest := 0
	for _, p := range points {
		largest = max(largest, p.Value)
	}
	c.Scale(largest)
	if len(points) == 0 {
		return c
	}
	slot := (c.Right - c.Left) / float64(len(points))
	w := math.Min(slot*0.6, chartMaxBar)
	for i, p := range points {
		x := c.Left + slot*float64(i) + (slot-w)/2
		c.Bars = append(c.Bars, ChartBar{Box: c.Bar(x, w, p.Value), Label: p.Label, Name: p.Name, Value: p.Value, Mid: Coord(x + w/2)})
	}
	return c
}

// niceScale returns the top of the axis and the step between its lines: the
// step is 1, 2 or 5 times a power of ten, with at most five steps.
func niceScale(largest int) (top, step int) {
	if largest <= 0 {
		return 1, 1
	}
	for magnitude := 1; ; magnitude *= 10 {
		for _, m := range []int{1, 2, 5} {
			step = m * magnitude
			if n := (largest + step - 1) / step; n <= 5 {
				return n * step, step
			}
		}
	}
}

// Coord rounds a coordinate to a tenth, as every coordinate of a chart is.
func Coord(x float64) float64 { return math.Round(x*10) / 10 }

func svgNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
