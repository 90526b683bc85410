package excel

import (
	"github.com/nq57/nq57/internal/domain"
)

// measurement reads Giá trị, Tử số and Mẫu số, reporting cells that are not
// numbers; fits checks the measurement against its target.
func (rr rowReader) measurement() domain.Measurement {
	return domain.Measurement{
		Value:       rr.number(hValue),
		Numerator:   rr.number(hNumerator),
		Denominator: rr.number(hDenominator),
	}
}

// measuredColumns maps where Measurement.Check puts a problem to the column.
var measuredColumns = map[string]string{
	domain.MeasuredValue:       hValue,
	domain.MeasuredNumerator:   hNumerator,
	domain.MeasuredDenominator: hDenominator,
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
	// The rule of the grid and of the live status: one rule for every way in.
	for _, p := range m.Check(c.Targets[index]) {
		fail(measuredColumns[p.Field], "%s", p.Message)
	}
	return ok
}
