package web

import (
	"math"
	"strconv"
)

// barChart is a bar chart laid out for an inline SVG: every coordinate is
// computed here, so the template only draws and no chart library (nor any
// script) is needed. Coordinates are in the SVG's viewBox units.
type barChart struct {
	ID            string // prefix of the element IDs that title and desc use
	Title, Desc   string
	Width, Height float64
	Left, Right   float64 // the plot's horizontal extent
	Base          float64 // the y of the zero line
	Bars          []chartBar
	Ticks         []chartTick
}

type chartBar struct {
	Label      string // under the bar
	Name       string // in full, for the tooltip and the table
	Value      int
	X, Y, W, H float64
	Mid        float64 // the bar's centre, for its labels
}

type chartTick struct {
	Value int
	Y     float64
}

// chartPoint is one bar's data.
type chartPoint struct {
	Label, Name string
	Value       int
}

// Layout of the chart: room for the axis numbers on the left, the value over
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

// newBarChart lays out the points as vertical bars on a scale from 0 to a
// round number at or above the largest value.
func newBarChart(id, title, desc string, points []chartPoint) barChart {
	c := barChart{ID: id, Title: title, Desc: desc, Width: chartWidth, Height: chartHeight,
		Left: chartLeft, Right: chartWidth - chartRight, Base: chartHeight - chartBottom}
	largest := 0
	for _, p := range points {
		largest = max(largest, p.Value)
	}
	top, plotH, ticks := chartAxis(c.Base, largest)
	c.Ticks = ticks
	if len(points) == 0 {
		return c
	}
	slot := (c.Right - c.Left) / float64(len(points))
	w := math.Min(slot*0.6, chartMaxBar)
	for i, p := range points {
		h := plotH * float64(p.Value) / float64(top)
		x := c.Left + slot*float64(i) + (slot-w)/2
		y := round1(c.Base - h) // H from the rounded top, so that bars stand on the base line
		c.Bars = append(c.Bars, chartBar{Label: p.Label, Name: p.Name, Value: p.Value,
			X: round1(x), Y: y, W: round1(w), H: round1(c.Base - y), Mid: round1(x + w/2)})
	}
	return c
}

// chartAxis lays out the value axis of a plot standing on the line y = base
// and reaching up to chartTop: from 0 to a round top at or above largest. It
// returns that top, the plot's height and the axis lines. Every bar chart
// scales its bars by plotH/top.
func chartAxis(base float64, largest int) (top int, plotH float64, ticks []chartTick) {
	top, step := niceScale(largest)
	plotH = base - chartTop
	for v := 0; v <= top; v += step {
		ticks = append(ticks, chartTick{Value: v, Y: round1(base - plotH*float64(v)/float64(top))})
	}
	return top, plotH, ticks
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

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// Format helpers for the template: SVG numbers without exponent notation.
func (c barChart) ViewBox() string {
	return "0 0 " + fmtNum(c.Width) + " " + fmtNum(c.Height)
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
