package calendar

import "math"

// The astronomy behind the lunar calendar, after Jean Meeus, Astronomical
// Algorithms (2nd ed., 1998). Times are Julian Ephemeris Days (JDE, Terrestrial
// Time) unless a name says UT; angles are in degrees.

// j2000 is the JDE of the epoch J2000.0 (Meeus ch. 22 and 25).
const j2000 = 2451545.0

// synodicMonth is the mean length of a lunation in days (Meeus eq. 49.1).
const synodicMonth = 29.530588861

func sinDeg(x float64) float64 { return math.Sin(x * math.Pi / 180) }

// norm360 brings an angle into [0, 360).
func norm360(x float64) float64 {
	x = math.Mod(x, 360)
	if x < 0 {
		x += 360
	}
	return x
}

// sunLongitude returns the apparent geocentric longitude of the Sun at jde,
// referred to the mean equinox of the date, with the "low accuracy" method of
// Meeus ch. 25 (about 0.01°): mean longitude L0 (25.2), mean anomaly M (25.3),
// equation of centre C, true longitude L0+C, then nutation and aberration
// through Ω (the text after 25.8).
func sunLongitude(jde float64) float64 {
	t := (jde - j2000) / 36525
	l0 := 280.46646 + 36000.76983*t + 0.0003032*t*t
	m := 357.52911 + 35999.05029*t - 0.0001537*t*t
	c := (1.914602-0.004817*t-0.000014*t*t)*sinDeg(m) +
		(0.019993-0.000101*t)*sinDeg(2*m) +
		0.000289*sinDeg(3*m)
	omega := 125.04 - 1934.136*t
	return norm360(l0 + c - 0.00569 - 0.00478*sinDeg(omega))
}

// sunReaches returns the JDE at which the apparent solar longitude equals
// target, searching near guess (within a few days). Newton's step uses the
// Sun's mean motion, 360/365.2422 degrees a day, as Meeus does for the
// equinoxes (ch. 27, the correction 58 sin(λ0-λ)).
func sunReaches(target, guess float64) float64 {
	jde := guess
	for range 8 {
		diff := norm360(target-sunLongitude(jde)+180) - 180
		jde += diff * 365.2422 / 360
		if math.Abs(diff) < 1e-7 {
			break
		}
	}
	return jde
}

// newMoon returns the JDE of the true new moon number k, counted from the
// new moon of 6 January 2000 (k = 0), by Meeus ch. 49: the mean phase (49.1),
// the arguments E (47.6), M (49.4), M' (49.5), F (49.6), Ω (49.7), the
// periodic terms for the new moon and the 14 additional corrections A1-A14.
func newMoon(k float64) float64 {
	t := k / 1236.85
	t2, t3, t4 := t*t, t*t*t, t*t*t*t
	jde := 2451550.09766 + synodicMonth*k + 0.00015437*t2 - 0.000000150*t3 + 0.00000000073*t4
	a := moonArgs{
		e:     1 - 0.002516*t - 0.0000074*t2,
		m:     2.5534 + 29.10535670*k - 0.0000014*t2 - 0.00000011*t3,
		mp:    201.5643 + 385.81693528*k + 0.0107582*t2 + 0.00001238*t3 - 0.000000058*t4,
		f:     160.7108 + 390.67050284*k - 0.0016118*t2 - 0.00000227*t3 + 0.000000011*t4,
		omega: 124.7746 - 1.56375588*k + 0.0020672*t2 + 0.00000215*t3,
	}
	return jde + a.newMoonTerms() + additionalCorrections(k, t2)
}

// moonArgs are the fundamental arguments of ch. 49 at one lunation.
type moonArgs struct{ e, m, mp, f, omega float64 }

// newMoonTerms sums the periodic terms for the new moon (ch. 49, first table
// after 49.7), in days.
func (a moonArgs) newMoonTerms() float64 {
	e, m, mp, f := a.e, a.m, a.mp, a.f
	return -0.40720*sinDeg(mp) +
		0.17241*e*sinDeg(m) +
		0.01608*sinDeg(2*mp) +
		0.01039*sinDeg(2*f) +
		0.00739*e*sinDeg(mp-m) -
		0.00514*e*sinDeg(mp+m) +
		0.00208*e*e*sinDeg(2*m) -
		0.00111*sinDeg(mp-2*f) -
		0.00057*sinDeg(mp+2*f) +
		0.00056*e*sinDeg(2*mp+m) -
		0.00042*sinDeg(3*mp) +
		0.00042*e*sinDeg(m+2*f) +
		0.00038*e*sinDeg(m-2*f) -
		0.00024*e*sinDeg(2*mp-m) -
		0.00017*sinDeg(a.omega) -
		0.00007*sinDeg(mp+2*m) +
		0.00004*sinDeg(2*mp-2*f) +
		0.00004*sinDeg(3*m) +
		0.00003*sinDeg(mp+m-2*f) +
		0.00003*sinDeg(2*mp+2*f) -
		0.00003*sinDeg(mp+m+2*f) +
		0.00003*sinDeg(mp-m+2*f) -
		0.00002*sinDeg(mp-m-2*f) -
		0.00002*sinDeg(3*mp+m) +
		0.00002*sinDeg(4*mp)
}

// planetaryTerms are the additional corrections for all phases (ch. 49):
// coefficient in days, and the argument A = a0 + a1·k (A1 also has -0.009173 T²).
var planetaryTerms = [14]struct{ coef, a0, a1 float64 }{
	{0.000325, 299.77, 0.107408},
	{0.000165, 251.88, 0.016321},
	{0.000164, 251.83, 26.651886},
	{0.000126, 349.42, 36.412478},
	{0.000110, 84.66, 18.206239},
	{0.000062, 141.74, 53.303771},
	{0.000060, 207.14, 2.453732},
	{0.000056, 154.84, 7.306860},
	{0.000047, 34.52, 27.261239},
	{0.000042, 207.19, 0.121824},
	{0.000040, 291.34, 1.844379},
	{0.000037, 161.72, 24.198154},
	{0.000035, 239.56, 25.513099},
	{0.000023, 331.55, 3.592518},
}

func additionalCorrections(k, t2 float64) float64 {
	sum := 0.0
	for i, p := range planetaryTerms {
		arg := p.a0 + p.a1*k
		if i == 0 {
			arg -= 0.009173 * t2
		}
		sum += p.coef * sinDeg(arg)
	}
	return sum
}
