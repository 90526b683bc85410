package excel

import (
	"github.com/nq57/nq57/internal/domain"
)

// measurement reads Giá trị, Tử số and Mẫu số, reporting numbers that are not
// numbers and combinations that make no sense whatever the target.
func (rr rowReader) measurement() domain.Measurement {
	m := domain.Measurement{
		Value:       rr.number(hValue),
		Numerator:   rr.number(hNumerator),
		Denominator: rr.number(hDenominator),
	}
	num, den := m.Numerator, m.Denominator
	if m.Value != nil && (num != nil || den != nil) {
		rr.problem(hValue, "chỉ nhập Giá trị hoặc Tử số/Mẫu số, không nhập cả hai")
	}
	switch {
	case num != nil && den == nil:
		rr.problem(hDenominator, "có Tử số nhưng thiếu Mẫu số")
	case num == nil && den != nil:
		rr.problem(hNumerator, "có Mẫu số nhưng thiếu Tử số")
	}
	if den != nil && *den == 0 {
		rr.problem(hDenominator, "Mẫu số bằng 0")
	} else if den != nil && *den < 0 {
		rr.problem(hDenominator, "Mẫu số phải lớn hơn 0")
	}
	if num != nil && *num < 0 {
		rr.problem(hNumerator, "Tử số không được âm")
	}
	return m
}

// number reads one number cell, reporting text that is not a number.
func (rr rowReader) number(col string) *float64 {
	v, ok, err := rr.g.number(rr.h.col(col), rr.row)
	if err != nil {
		rr.problem(col, "%s “%s” không phải là số", col, rr.text(col))
		return nil
	}
	if !ok {
		return nil
	}
	return &v
}

// met reads "Đạt (có/không)".
func (rr rowReader) met() *bool {
	s := rr.text(hMet)
	switch domain.Fold(s) {
	case "":
		return nil
	case domain.Fold(metYes):
		return domain.Bool(true)
	case domain.Fold(metNo):
		return domain.Bool(false)
	}
	rr.problem(hMet, "cột Đạt chỉ ghi “có” hoặc “không”, không ghi “%s”", s)
	return nil
}

// fits checks what the row entered against the criterion and its target.
func (rr rowReader) fits(key critKey, c domain.Criterion, index int, e entry) bool {
	ok := true
	fail := func(col, format string, args ...any) {
		rr.problem(col, format, args...)
		ok = false
	}
	m := e.m
	if c.Qualitative() {
		if m.Value != nil || m.Numerator != nil || m.Denominator != nil {
			fail(hValue, "tiêu chí %s là tiêu chí định tính: không nhập Giá trị, Tử số, Mẫu số mà ghi “có” hoặc “không” ở cột Đạt", key)
		}
		return ok
	}
	if e.met != nil {
		fail(hMet, "tiêu chí %s có chỉ tiêu đo được: không ghi cột Đạt, trạng thái được tính từ giá trị", key)
	}
	t := c.Targets[index]
	hasFraction := m.Numerator != nil || m.Denominator != nil
	switch {
	case hasFraction && !t.Percent():
		fail(hNumerator, "chỉ tiêu “%s” không tính theo %%: nhập số liệu vào cột Giá trị", t)
	case m.Numerator != nil && m.Denominator != nil && *m.Denominator > 0 && *m.Numerator > *m.Denominator:
		fail(hNumerator, "Tử số (%s) lớn hơn Mẫu số (%s): tỷ lệ không thể quá 100 %%",
			domain.FormatNumber(*m.Numerator), domain.FormatNumber(*m.Denominator))
	}
	return ok
}
