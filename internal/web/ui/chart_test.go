package ui

import "testing"

func TestNiceScaleEndsOnARoundNumberAtOrAboveTheLargest(t *testing.T) {
	tests := []struct{ largest, top, step int }{
		{0, 1, 1}, {1, 1, 1}, {5, 5, 1}, {8, 8, 2}, {9, 10, 2}, {11, 15, 5}, {39, 40, 10}, {120, 150, 50},
	}
	for _, tt := range tests {
		top, step := niceScale(tt.largest)
		if top != tt.top || step != tt.step {
			t.Errorf("niceScale(%d) = %d, %d; want %d, %d", tt.largest, top, step, tt.top, tt.step)
		}
	}
}

func TestBarChartBarsGrowWithTheirValuesFromTheBaseline(t *testing.T) {
	c := NewBarChart("x", "t", "d", []ChartPoint{{"T1", "Tháng 1", 2}, {"T2", "Tháng 2", 5}, {"T3", "Tháng 3", 8}})
	if len(c.Bars) != 3 || len(c.Ticks) != 5 {
		t.Fatalf("%d bars and %d ticks, want 3 and 5", len(c.Bars), len(c.Ticks))
	}
	for i, b := range c.Bars {
		if b.Y+b.H != c.Base {
			t.Errorf("bar %d does not stand on the baseline: y %v + h %v != %v", i, b.Y, b.H, c.Base)
		}
		if i > 0 && (b.H <= c.Bars[i-1].H || b.X <= c.Bars[i-1].X) {
			t.Errorf("bar %d (%v high at %v) not taller and right of bar %d", i, b.H, b.X, i-1)
		}
	}
	if top := c.Bars[2]; top.Y != c.Ticks[4].Y {
		t.Errorf("the largest bar (8) should reach the top line (8): y %v vs %v", top.Y, c.Ticks[4].Y)
	}
}
