package calendar

// deltaT returns ΔT = TT − UT in seconds for a (fractional) Gregorian year,
// from the polynomial expressions of Espenak and Meeus, "Five Millennium Canon
// of Solar Eclipses" (NASA TP-2006-214141), which Meeus ch. 10 tabulates.
// Beyond 2005 the values are extrapolations: a few tens of seconds of error
// there moves a new moon by less than a minute.
func deltaT(y float64) float64 {
	switch {
	case y < 1860:
		t := y - 1800
		return 13.72 - 0.332447*t + 0.0068612*t*t + 0.0041116*t*t*t -
			0.00037436*t*t*t*t + 0.0000121272*t*t*t*t*t -
			0.0000001699*t*t*t*t*t*t + 0.000000000875*t*t*t*t*t*t*t
	case y < 1900:
		t := y - 1860
		return 7.62 + 0.5737*t - 0.251754*t*t + 0.01680668*t*t*t -
			0.0004473624*t*t*t*t + t*t*t*t*t/233174
	case y < 1920:
		t := y - 1900
		return -2.79 + 1.494119*t - 0.0598939*t*t + 0.0061966*t*t*t - 0.000197*t*t*t*t
	case y < 1941:
		t := y - 1920
		return 21.20 + 0.84493*t - 0.076100*t*t + 0.0020936*t*t*t
	case y < 1961:
		t := y - 1950
		return 29.07 + 0.407*t - t*t/233 + t*t*t/2547
	case y < 1986:
		t := y - 1975
		return 45.45 + 1.067*t - t*t/260 - t*t*t/718
	case y < 2005:
		t := y - 2000
		return 63.86 + 0.3345*t - 0.060374*t*t + 0.0017275*t*t*t +
			0.000651814*t*t*t*t + 0.00002373599*t*t*t*t*t
	case y < 2050:
		t := y - 2000
		return 62.92 + 0.32217*t + 0.005589*t*t
	case y < 2150:
		u := (y - 1820) / 100
		return -20 + 32*u*u - 0.5628*(2150-y)
	default:
		u := (y - 1820) / 100
		return -20 + 32*u*u
	}
}

// jdeToUT converts a Julian Ephemeris Day to a Julian Day in UT.
func jdeToUT(jde float64) float64 {
	return jde - deltaT(yearOfJD(jde))/86400
}

// utToJDE converts a Julian Day in UT to a Julian Ephemeris Day.
func utToJDE(jd float64) float64 {
	return jd + deltaT(yearOfJD(jd))/86400
}

// yearOfJD gives the fractional Gregorian year of a Julian Day, close enough
// for ΔT.
func yearOfJD(jd float64) float64 {
	return 2000 + (jd-j2000)/365.2425
}
