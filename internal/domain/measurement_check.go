package domain

import "fmt"

// Where a problem of a measurement lies, as Measurement.Check names it: each
// way in (the grid's inputs, a workbook's columns) maps them to its own.
const (
	MeasuredValue       = "value"
	MeasuredNumerator   = "numerator"
	MeasuredDenominator = "denominator"
)

// Check returns what is wrong with a measurement of target t, each problem
// under MeasuredValue, MeasuredNumerator or MeasuredDenominator: a negative
// number, a percentage above 100, a numerator without its denominator or
// the other way round, a denominator of zero or less, a numerator larger
// than its denominator, a value given together with a fraction, a fraction
// for a target that is not a percentage. It is the one rule of the grid,
// the Excel import and the live status of the grid.
func (m Measurement) Check(t Target) []Problem {
	var out []Problem
	add := func(field, format string, args ...any) {
		out = append(out, Problem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	num, den := m.Numerator, m.Denominator
	switch {
	case m.Value != nil && *m.Value < 0:
		add(MeasuredValue, "Giá trị không được âm.")
	case m.Value != nil && t.Percent() && *m.Value > 100:
		add(MeasuredValue, "Tỷ lệ không được lớn hơn 100 %%.")
	case m.Value != nil && (num != nil || den != nil):
		add(MeasuredValue, "Nhập tỷ lệ hoặc tử số và mẫu số, không nhập cả hai.")
	}
	if num == nil && den == nil {
		return out
	}
	if !t.Percent() {
		add(MeasuredNumerator, "Chỉ tiêu “%s” không tính theo %%: nhập số liệu vào ô Giá trị.", t)
		return out
	}
	if num != nil && *num < 0 {
		add(MeasuredNumerator, "Tử số không được âm.")
	}
	switch {
	case den == nil:
		add(MeasuredDenominator, "Nhập cả mẫu số (hoặc xóa tử số).")
	case *den <= 0:
		add(MeasuredDenominator, "Mẫu số phải lớn hơn 0.")
	case num == nil:
		add(MeasuredNumerator, "Nhập cả tử số (hoặc xóa mẫu số).")
	case *num > *den:
		add(MeasuredNumerator, "Tử số không được lớn hơn mẫu số.")
	}
	return out
}
