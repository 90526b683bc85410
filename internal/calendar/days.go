package calendar

import (
	"math"
	"time"
)

// Civil days are handled as Julian Day Numbers (JDN): the integer Julian Day
// of the day's noon (Meeus ch. 7). A time.Time stands for the calendar day of
// its own Year, Month and Day; days are returned at midnight UTC, the way nq57
// keeps calendar days (see domain.Date).

// jdnUnixEpoch is the JDN of 1 January 1970.
const jdnUnixEpoch = 2440588

// vietnamOffset is the time zone of the Vietnamese calendar, UTC+7 (the
// meridian 105°E), in days.
const vietnamOffset = 7.0 / 24

// dayNumber returns the JDN of the calendar day of t.
func dayNumber(t time.Time) int {
	midnight := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int(midnight.Unix()/86400) + jdnUnixEpoch
}

// dayTime returns the calendar day jdn at midnight UTC.
func dayTime(jdn int) time.Time {
	return time.Unix(int64(jdn-jdnUnixEpoch)*86400, 0).UTC()
}

// localDay returns the JDN of the civil day in Vietnam that holds the instant
// jdUT (a Julian Day in UT).
func localDay(jdUT float64) int {
	return int(math.Floor(jdUT + 0.5 + vietnamOffset))
}

// dayStartUT returns the instant, as a Julian Day in UT, at which the civil
// day jdn begins in Vietnam.
func dayStartUT(jdn int) float64 {
	return float64(jdn) - 0.5 - vietnamOffset
}

// weekday returns the day of the week of a JDN (JDN 0 was a Monday).
func weekday(jdn int) time.Weekday {
	return time.Weekday((jdn + 1) % 7)
}
