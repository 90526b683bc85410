package calendar

import (
	"math"
	"sort"
	"testing"
	"time"
)

// An independent reckoning of the lunisolar calendar, for the tests only. It
// shares no formula with astro.go or lunar.go except ΔT:
//   - the Sun: the Astronomical Almanac's low-precision formula (L = 280.460 +
//     0.9856474 n, g = 357.528 + 0.9856003 n, λ = L + 1.915 sin g + 0.020 sin 2g)
//     plus the main term of nutation, −17.20″ sin Ω;
//   - the Moon: the 40 largest longitude terms of Meeus Table 47.A;
//   - a new moon is found by searching for the instant the elongation is 0,
//     a solar term by searching for λ☉ = 30° j, both by the secant method;
//   - the December solstice is also taken from Meeus ch. 27 (Tables 27.B, 27.C);
//   - the calendar is built month by month from lists of instants in any time
//     zone, so the same code gives the Chinese calendar (UTC+8).

func xSunLongitude(jde float64) float64 {
	n := jde - j2000
	l := 280.460 + 0.9856474*n
	g := 357.528 + 0.9856003*n
	omega := 125.04452 - 0.0529538*n
	return norm360(l + 1.915*sinDeg(g) + 0.020*sinDeg(2*g) - 17.20/3600*sinDeg(omega))
}

// xMoonTerms are D, M, M′, F multipliers and the coefficient (1e-6 degree) of
// the largest terms of Meeus Table 47.A.
var xMoonTerms = [][5]float64{
	{0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},
	{0, 0, 2, 0, 213618}, {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},
	{2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066}, {2, 0, 1, 0, 53322},
	{2, -1, 0, 0, 45758}, {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
	{0, 1, 1, 0, -30383}, {2, 0, 0, -2, 15327}, {0, 0, 1, 2, -12528},
	{0, 0, 1, -2, 10980}, {4, 0, -1, 0, 10675}, {0, 0, 3, 0, 10034},
	{4, 0, -2, 0, 8548}, {2, 1, -1, 0, -7888}, {2, 1, 0, 0, -6766},
	{1, 0, -1, 0, -5163}, {1, 1, 0, 0, 4987}, {2, -1, 1, 0, 4036},
	{2, 0, 2, 0, 3994}, {4, 0, 0, 0, 3861}, {2, 0, -3, 0, 3665},
	{0, 1, -2, 0, -2689}, {2, 0, -1, 2, -2602}, {2, -1, -2, 0, 2390},
	{1, 0, 1, 0, -2348}, {2, -2, 0, 0, 2236}, {0, 1, 2, 0, -2120},
	{0, 2, 0, 0, -2069}, {2, -2, -1, 0, 2048}, {2, 0, 1, -2, -1773},
	{2, 0, 0, 2, -1595}, {4, -1, -1, 0, 1215}, {0, 0, 2, 2, -1110},
	{3, 0, -1, 0, -892},
}

// xMoonLongitude is the Moon's geocentric longitude (Meeus 47.1-47.6 and the
// additive terms A1, L′−F) without nutation, like xSunLongitude's frame
// apart from the nutation term, which cancels in the elongation to 1″.
func xMoonLongitude(jde float64) float64 {
	t := (jde - j2000) / 36525
	lp := 218.3164477 + 481267.88123421*t - 0.0015786*t*t
	d := 297.8501921 + 445267.1114034*t - 0.0018819*t*t
	m := 357.5291092 + 35999.0502909*t - 0.0001536*t*t
	mp := 134.9633964 + 477198.8675055*t + 0.0087414*t*t
	f := 93.2720950 + 483202.0175233*t - 0.0036539*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	sum := 3958*sinDeg(119.75+131.849*t) + 1962*sinDeg(lp-f)
	for _, x := range xMoonTerms {
		c := x[4] * math.Pow(e, math.Abs(x[1]))
		sum += c * sinDeg(x[0]*d+x[1]*m+x[2]*mp+x[3]*f)
	}
	return norm360(lp + sum/1e6)
}

// xSolve finds the JDE near guess where f(jde) (an angle, wrapped to ±180°)
// is zero, by the secant method.
func xSolve(f func(float64) float64, guess, step float64) float64 {
	wrap := func(x float64) float64 { return math.Mod(math.Mod(x, 360)+540, 360) - 180 }
	x0, x1 := guess, guess+step
	y0, y1 := wrap(f(x0)), wrap(f(x1))
	for range 50 {
		if y1 == y0 || math.Abs(x1-x0) < 1e-7 {
			break
		}
		x0, x1 = x1, x1-y1*(x1-x0)/(y1-y0)
		y0, y1 = y1, wrap(f(x1))
	}
	return x1
}

// xNewMoons returns the new moons (JD UT) between two JDs, stepping by the
// mean month from the new moon of 6 January 2000 18:14 UT.
func xNewMoons(from, to float64) []float64 {
	var out []float64
	n := math.Floor((from-2451550.26)/29.530589) - 1
	for ; ; n++ {
		guess := 2451550.26 + 29.530589*n
		jde := xSolve(func(x float64) float64 { return xMoonLongitude(x) - xSunLongitude(x) }, guess, 0.5)
		jd := jdeToUT(jde)
		if jd > to {
			return out
		}
		if jd >= from {
			out = append(out, jd)
		}
	}
}

// xMajorTerms returns the instants (JD UT) the Sun reaches a multiple of 30°
// between two JDs.
func xMajorTerms(from, to float64) []float64 {
	var out []float64
	lon := xSunLongitude(from)
	j := math.Floor(lon/30) + 1
	for ; ; j++ {
		target := math.Mod(j*30, 360)
		guess := from + (j*30-lon)/0.9856
		jd := jdeToUT(xSolve(func(x float64) float64 { return xSunLongitude(x) - target }, guess, 1))
		if jd > to {
			return out
		}
		out = append(out, jd)
	}
}

// xMonth is a lunar month of the independent reckoning: its first civil day
// (JDN) in the zone, its number and whether it is leap.
type xMonth struct {
	start, num int
	leap       bool
}

// xLunarYear returns the months from month 11 of lunar year y−1 to month 11
// of lunar year y in a zone hours east of Greenwich, and those of the span
// after it up to its month 11.
func xLunarYear(y int, hours float64) []xMonth {
	day := func(jd float64) int { return int(math.Floor(jd + 0.5 + hours/24)) }
	start := float64(jdnOf(y-1, 11, 1))
	end := float64(jdnOf(y+1, 1, 31))
	moons := xNewMoons(start, end)
	terms := xMajorTerms(start, end)
	var starts []int
	for _, m := range moons {
		starts = append(starts, day(m))
	}
	termDays := map[int]bool{}
	var solstices []int
	for _, t := range terms {
		termDays[day(t)] = true
		if math.Abs(math.Mod(xSunLongitude(utToJDE(t))+360, 360)-270) < 1 {
			solstices = append(solstices, day(t))
		}
	}
	sort.Ints(starts)
	monthOf := func(d int) int { // index of the month holding day d
		return sort.SearchInts(starts, d+1) - 1
	}
	a, b := monthOf(solstices[0]), monthOf(solstices[1])
	holdsTerm := func(i int) bool {
		for d := starts[i]; d < starts[i+1]; d++ {
			if termDays[d] {
				return true
			}
		}
		return false
	}
	var out []xMonth
	num, leapDone := 11, b-a != 13
	for i := a; i <= b; i++ {
		if i > a && !leapDone && !holdsTerm(i) {
			out = append(out, xMonth{start: starts[i], num: num, leap: true})
			leapDone = true
			continue
		}
		if i > a {
			num = num%12 + 1
		}
		out = append(out, xMonth{start: starts[i], num: num})
	}
	return out
}

// jdnOf returns the JDN of a Gregorian date, by the algorithm of Meeus ch. 7
// written out in integers (not via time.Time, to stay independent).
func jdnOf(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// xTet returns the JDN of 1/1 of lunar year y in the zone, and the number of
// the leap month of the span (0 if none; 11 or 12 belong to lunar year y−1).
func xTet(y int, hours float64) (tet, leap int) {
	for _, m := range xLunarYear(y, hours) {
		if m.leap {
			leap = m.num
		}
		if m.num == 1 && !m.leap && tet == 0 {
			tet = m.start
		}
	}
	return tet, leap
}

// xSolsticeCh27 is the December solstice (JDE) of year y by Meeus ch. 27:
// the mean solstice of Table 27.B and the 24 periodic terms of Table 27.C.
func xSolsticeCh27(y int) float64 {
	yy := (float64(y) - 2000) / 1000
	jde0 := 2451900.05952 + 365242.74049*yy - 0.06223*yy*yy - 0.00823*yy*yy*yy + 0.00032*yy*yy*yy*yy
	t := (jde0 - j2000) / 36525
	w := 35999.373*t - 2.47
	dl := 1 + 0.0334*math.Cos(w*math.Pi/180) + 0.0007*math.Cos(2*w*math.Pi/180)
	s := 0.0
	for _, p := range table27C {
		s += p[0] * math.Cos((p[1]+p[2]*t)*math.Pi/180)
	}
	return jde0 + 0.00001*s/dl
}

// table27C is Meeus Table 27.C: A, B (degrees), C (degrees per century).
var table27C = [24][3]float64{
	{485, 324.96, 1934.136}, {203, 337.23, 32964.467}, {199, 342.08, 20.186},
	{182, 27.85, 445267.112}, {156, 73.14, 45036.886}, {136, 171.52, 22518.443},
	{77, 222.54, 65928.934}, {74, 296.72, 3034.906}, {70, 243.58, 9037.513},
	{58, 119.81, 33718.147}, {52, 297.17, 150.678}, {50, 21.02, 2281.226},
	{45, 247.54, 29929.562}, {44, 325.15, 31555.956}, {29, 60.93, 4443.417},
	{18, 155.12, 67555.328}, {17, 288.79, 4562.452}, {16, 198.04, 62894.029},
	{14, 199.76, 31436.921}, {12, 95.39, 14577.848}, {12, 287.11, 31931.756},
	{12, 320.81, 34777.259}, {9, 227.73, 1222.114}, {8, 15.45, 16859.074},
}

// The calendar of lunar.go agrees with the independent reckoning on Tết and
// on the leap month of every year 1900-2100.
func TestMatchesIndependentReckoning1900To2100(t *testing.T) {
	for y := 1900; y <= 2100; y++ {
		wantTet, wantLeap := xTet(y, 7)
		tet, err := FromLunar(LunarDate{Day: 1, Month: 1, Year: y})
		if err != nil || dayNumber(tet) != wantTet {
			t.Errorf("Tết %d = %s, %v; independent %s", y, tet.Format("2006-01-02"), err, dayTime(wantTet).Format("2006-01-02"))
		}
		span := yearOfMonth11(y - 1)
		leap := 0
		if span.leap != 0 {
			leap = ToLunar(dayTime(newMoonDay(span.month11 + span.leap))).Month
		}
		if leap != wantLeap {
			t.Errorf("leap month after Tết %d of the span = %d; independent %d", y, leap, wantLeap)
		}
	}
}

// Meeus ch. 49 new moons agree with the elongation search within 5 minutes,
// and the ch. 25 December solstice with ch. 27 within 15 minutes (ch. 25 is
// good to 0.01°, about 15 minutes of the Sun's motion).
func TestAstronomyAgreesWithIndependentFormulas(t *testing.T) {
	for k := -1240; k <= 1240; k++ { // 1900 to 2100
		jd := jdeToUT(newMoon(float64(k)))
		x := xNewMoons(jd-2, jd+2)
		if len(x) != 1 || math.Abs(x[0]-jd)*1440 > 5 {
			t.Errorf("new moon %d at JD %.5f; independent %v", k, jd, x)
		}
	}
	for y := 1900; y <= 2100; y++ {
		got := sunReaches(270, float64(jdnOf(y, 12, 21)))
		if diff := math.Abs(got-xSolsticeCh27(y)) * 1440; diff > 15 {
			t.Errorf("December solstice %d: ch. 25 and ch. 27 differ by %.1f min", y, diff)
		}
	}
}

// Where the new moon falls between midnight in Vietnam (17:00 UT) and
// midnight in China (16:00 UT), Tết differs by a day; 1985 differs by a month
// (Vietnam's calendar has a leap 2nd month in 1985, China's a leap 10th in
// 1984). The Chinese dates are the published ones for 1985, 2007 and 2030
// and, for 2053, the independent reckoning at UTC+8.
func TestTetWhereVietnamAndChinaDiffer(t *testing.T) {
	tests := []struct {
		year           int
		vietnam, china time.Time
	}{
		{1985, date(1985, 1, 21), date(1985, 2, 20)},
		{2007, date(2007, 2, 17), date(2007, 2, 18)},
		{2030, date(2030, 2, 2), date(2030, 2, 3)},
		{2053, date(2053, 2, 18), date(2053, 2, 19)},
	}
	for _, tt := range tests {
		got, _ := FromLunar(LunarDate{Day: 1, Month: 1, Year: tt.year})
		if !got.Equal(tt.vietnam) {
			t.Errorf("Tết %d = %s, want %s", tt.year, got.Format("2006-01-02"), tt.vietnam.Format("2006-01-02"))
		}
		if vn, _ := xTet(tt.year, 7); vn != dayNumber(tt.vietnam) {
			t.Errorf("independent Tết %d at UTC+7 = %s", tt.year, dayTime(vn).Format("2006-01-02"))
		}
		if cn, _ := xTet(tt.year, 8); cn != dayNumber(tt.china) {
			t.Errorf("independent Tết %d at UTC+8 = %s, want %s", tt.year, dayTime(cn).Format("2006-01-02"), tt.china.Format("2006-01-02"))
		}
	}
}
