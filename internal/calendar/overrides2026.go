package calendar

import "time"

// Overrides2026 returns the days off and worked of 2026 for civil servants,
// as DOMAIN.md records them: Tết off from 14 to 22 February (mùng 1 =
// 17/2/2026); Giỗ Tổ on Sunday 26 April, so Monday 27 April off; Friday 2
// January off in exchange for Saturday 10 January worked.
func Overrides2026() []Override {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	out := []Override{
		{Date: day(time.January, 2), Off: true, Note: "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)"},
		{Date: day(time.January, 10), Off: false, Note: "Làm bù cho thứ Sáu 02/01/2026"},
		{Date: day(time.April, 27), Off: true, Note: InLieu},
	}
	for d := 14; d <= 22; d++ {
		out = append(out, Override{Date: day(time.February, d), Off: true, Note: LunarNewYear})
	}
	return out
}
