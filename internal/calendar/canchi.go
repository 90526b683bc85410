package calendar

// The sexagenary cycle (can chi): ten heavenly stems and twelve earthly
// branches. The year 4 AD was Giáp Tý, the first of the cycle.

var stems = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}

var branches = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}

// CanChi returns the name of the lunar year, e.g. "Bính Ngọ" for 2026.
func (l LunarDate) CanChi() string {
	return YearCanChi(l.Year)
}

// YearCanChi returns the can chi name of lunar year y.
func YearCanChi(y int) string {
	return stems[mod(y-4, 10)] + " " + branches[mod(y-4, 12)]
}

// mod is the remainder of a by b, never negative.
func mod(a, b int) int {
	return ((a % b) + b) % b
}
