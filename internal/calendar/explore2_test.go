package calendar

import (
	"fmt"
	"math"
	"sort"
	"testing"
)

func TestExplore2(t *testing.T) {
	type c struct {
		what string
		min  float64
		at   string
	}
	var cs []c
	for k := -1240; k <= 1242; k++ {
		jd := jdeToUT(newMoon(float64(k)))
		loc := jd + 0.5 + vietnamOffset
		frac := loc - math.Floor(loc)
		dist := math.Min(frac, 1-frac) * 1440
		if dist < 10 {
			cs = append(cs, c{"new moon near midnight", dist, dayTime(localDay(jd)).Format("2006-01-02") + fmt.Sprintf(" frac=%.5f", frac)})
		}
		// major terms near the first instant of a month
		s := dayStartUT(newMoonDay(k))
		lon := sunLongitude(utToJDE(s))
		r := math.Mod(lon, 30)
		dmin := math.Min(r, 30-r) / 0.9856 * 1440
		if dmin < 30 {
			cs = append(cs, c{"major term near month start", dmin, dayTime(newMoonDay(k)).Format("2006-01-02") + fmt.Sprintf(" lon=%.4f", lon)})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].min < cs[j].min })
	for _, x := range cs {
		fmt.Printf("%-30s %6.2f min  %s\n", x.what, x.min, x.at)
	}
}
