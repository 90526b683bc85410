package calendar

import (
	"fmt"
	"math"
	"testing"
)

func TestExplore(t *testing.T) {
	for _, y := range []int{1985, 2007, 2030, 2053, 2033, 2034, 2057, 2058} {
		v, lv := xTet(y, 7)
		c, lc := xTet(y, 8)
		m, _ := FromLunar(LunarDate{Day: 1, Month: 1, Year: y})
		fmt.Println(y, "VN", dayTime(v).Format("2006-01-02"), lv, "CN", dayTime(c).Format("2006-01-02"), lc, "main", m.Format("2006-01-02"))
	}
	maxNM, maxSol := 0.0, 0.0
	for k := -1240; k <= 1240; k++ {
		jd := jdeToUT(newMoon(float64(k)))
		x := xNewMoons(jd-2, jd+2)
		if len(x) != 1 {
			t.Fatal(k, x)
		}
		maxNM = math.Max(maxNM, math.Abs(x[0]-jd)*1440)
	}
	for y := 1900; y <= 2100; y++ {
		a := sunReaches(270, float64(jdnOf(y, 12, 21)))
		maxSol = math.Max(maxSol, math.Abs(a-xSolsticeCh27(y))*1440)
	}
	fmt.Println("max new moon diff min", maxNM, "max solstice diff min", maxSol)
	bad := 0
	for y := 1900; y <= 2100; y++ {
		v, lv := xTet(y, 7)
		m, _ := FromLunar(LunarDate{Day: 1, Month: 1, Year: y})
		ml := 0
		sp := yearOfMonth11(y - 1)
		if sp.leap != 0 {
			ml = ToLunar(dayTime(newMoonDay(sp.month11 + sp.leap))).Month
		}
		if v != dayNumber(m) || lv != ml {
			bad++
			fmt.Println("DIFF", y, dayTime(v).Format("2006-01-02"), lv, m.Format("2006-01-02"), ml)
		}
	}
	fmt.Println("bad", bad)
}
