package commune

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/stats"
)

func TestMonthChartBarsStandOnTheBaseAndScale(t *testing.T) {
	t.Parallel()
	months := []stats.MonthFigures{
		{Month: domain.MonthPeriod(2026, 1), SubmissionCounts: domain.SubmissionCounts{Received: 4, Answered: 2}},
		{Month: domain.MonthPeriod(2026, 2)},
	}
	c := newMonthChart(months)
	if len(c.Groups) != 2 || len(c.Groups[0].Bars) != 2 {
		t.Fatalf("groups %+v", c.Groups)
	}
	rec, ans := c.Groups[0].Bars[0], c.Groups[0].Bars[1]
	if rec.Y+rec.H != c.Base || ans.Y+ans.H != c.Base {
		t.Errorf("bars do not stand on the base line %v: %+v %+v", c.Base, rec, ans)
	}
	if rec.H != 2*ans.H || rec.X >= ans.X {
		t.Errorf("received 4 (h %v, x %v) and answered 2 (h %v, x %v) are not in proportion, side by side", rec.H, rec.X, ans.H, ans.X)
	}
	if rec.Title != "Tháng 01/2026: 4 tiếp nhận" || c.Groups[1].Bars[0].H != 0 || c.Groups[0].Label != "01/26" {
		t.Errorf("title %q, empty month height %v, label %q", rec.Title, c.Groups[1].Bars[0].H, c.Groups[0].Label)
	}
	if top := c.Ticks[len(c.Ticks)-1].Value; top != 4 {
		t.Errorf("axis top %d, want 4", top)
	}
}
