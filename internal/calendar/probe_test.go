package calendar

import (
	"fmt"
	"testing"
	"time"
)

func TestProbe(t *testing.T) {
	for y := 1984; y <= 2060; y++ {
		tet, _ := FromLunar(LunarDate{Day: 1, Month: 1, Year: y})
		leap := yearOfMonth11(y - 1).leap
		lm := 0
		if leap != 0 {
			lm = ToLunar(dayTime(newMoonDay(yearOfMonth11(y-1).month11 + leap))).Month
		}
		fmt.Println(y, tet.Format("2006-01-02"), YearCanChi(y), "leapPos", leap, "leapMonth", lm)
	}
	fmt.Println(ToLunar(time.Date(2026, 4, 26, 0, 0, 0, 0, time.UTC)))
}
