package report

import (
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// blankNumber and blankDay leave room for the number and the day in a draft,
// to be written in by hand when the document is signed. With the spaces around
// them they give the seed's "Số      -BC/ĐU" and "ngày     tháng 3".
const (
	blankNumber = "     "
	blankDay    = "   "
)

func buildHeader(in Input) Header {
	s := in.Settings
	h := Header{
		SuperiorBody: upper(s.SuperiorBody),
		IssuingBody:  upper(s.IssuingBody),
		PlaceDate:    placeDate(in),
	}
	number := s.Number
	if number == "" {
		number = blankNumber
	}
	if s.Style == domain.StateDocument {
		h.Number = fmt.Sprintf("Số: %s/%s", number, s.Symbol)
		h.Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
		h.SubMotto = "Độc lập - Tự do - Hạnh phúc"
		return h
	}
	h.Number = fmt.Sprintf("Số %s-%s", number, s.Symbol)
	h.Star = true
	h.Motto = "ĐẢNG CỘNG SẢN VIỆT NAM"
	return h
}

// placeDate writes "Xuân Hưng, ngày 25 tháng 3 năm 2026". A draft has no date
// yet: the day is left blank and the month is the period's last month. State
// documents write days below 10 and months 1-2 with a leading zero.
func placeDate(in Input) string {
	s := in.Settings
	day, month, year := blankDay, fmt.Sprint(in.Period.LastMonth()), in.Period.Year
	if !s.Date.IsZero() {
		day, month, year = fmt.Sprint(s.Date.Day()), fmt.Sprint(int(s.Date.Month())), s.Date.Year()
		if s.Style == domain.StateDocument {
			day = fmt.Sprintf("%02d", s.Date.Day())
			if s.Date.Month() <= 2 {
				month = fmt.Sprintf("%02d", int(s.Date.Month()))
			}
		}
	}
	return fmt.Sprintf("%s, ngày %s tháng %s năm %d", s.Place, day, month, year)
}

func buildFooter(s domain.ReportSettings) Footer {
	f := Footer{
		RecipientsLabel: "Nơi nhận:",
		Authority:       upper(s.Authority),
		Position:        upper(s.Position),
		Signer:          s.Signer,
	}
	for _, r := range s.Recipients {
		f.Recipients = append(f.Recipients, "- "+r)
	}
	return f
}
