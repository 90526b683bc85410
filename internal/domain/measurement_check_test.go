package domain

import (
	"strings"
	"testing"
)

func TestMeasurementCheck(t *testing.T) {
	pct := Target{Comparator: AtLeast, Threshold: 80, Unit: "%"}
	people := Target{Comparator: AtLeast, Threshold: 30, Unit: "người"}
	f := Float
	tests := []struct {
		name   string
		target Target
		m      Measurement
		field  string // where the one problem is; "" for none
		words  string
	}{
		{"a value", pct, Measurement{Value: f(96.5)}, "", ""},
		{"a fraction", pct, Measurement{Numerator: f(40), Denominator: f(42)}, "", ""},
		{"nothing", pct, Measurement{}, "", ""},
		{"100 % exactly", pct, Measurement{Value: f(100)}, "", ""},
		{"a count above 100", people, Measurement{Value: f(150)}, "", ""},
		{"a percentage above 100", pct, Measurement{Value: f(150)}, MeasuredValue, "lớn hơn 100 %"},
		{"a negative percentage", pct, Measurement{Value: f(-5)}, MeasuredValue, "không được âm"},
		{"a negative count", people, Measurement{Value: f(-3)}, MeasuredValue, "không được âm"},
		{"a numerator alone", pct, Measurement{Numerator: f(40)}, MeasuredDenominator, "Nhập cả mẫu số"},
		{"a denominator alone", pct, Measurement{Denominator: f(42)}, MeasuredNumerator, "Nhập cả tử số"},
		{"a zero denominator", pct, Measurement{Numerator: f(0), Denominator: f(0)}, MeasuredDenominator, "lớn hơn 0"},
		{"a negative denominator", pct, Measurement{Numerator: f(1), Denominator: f(-2)}, MeasuredDenominator, "lớn hơn 0"},
		{"120 of 100", pct, Measurement{Numerator: f(120), Denominator: f(100)}, MeasuredNumerator, "không được lớn hơn mẫu số"},
		{"both forms", pct, Measurement{Value: f(90), Numerator: f(1), Denominator: f(2)}, MeasuredValue, "không nhập cả hai"},
		{"a fraction off a percentage", people, Measurement{Numerator: f(1), Denominator: f(2)}, MeasuredNumerator, "không tính theo %"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.m.Check(tt.target)
			if tt.field == "" {
				if len(got) != 0 {
					t.Errorf("problems %v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Field != tt.field || !strings.Contains(got[0].Message, tt.words) {
				t.Errorf("problems %v, want one on %s saying %q", got, tt.field, tt.words)
			}
		})
	}
}

func TestFingerprintFollowsSameEntry(t *testing.T) {
	f := Float
	base := Progress{Values: []Measurement{{Value: f(60)}}, Note: "đo tháng 3", Evidence: "BC 12"}
	tests := []struct {
		name string
		a, b *Progress
		same bool
	}{
		{"no record and a blank one", nil, &Progress{Values: []Measurement{{}, {}}}, true},
		{"a trailing empty value", &base, &Progress{Values: []Measurement{{Value: f(60)}, {}}, Note: "đo tháng 3", Evidence: "BC 12"}, true},
		{"who and when do not count", &base, &Progress{Values: []Measurement{{Value: f(60)}}, Note: "đo tháng 3", Evidence: "BC 12", RecordedBy: "Lan", Version: 7}, true},
		{"another value", &base, &Progress{Values: []Measurement{{Value: f(61)}}, Note: "đo tháng 3", Evidence: "BC 12"}, false},
		{"a value and a fraction", &Progress{Values: []Measurement{{Value: f(50)}}}, &Progress{Values: []Measurement{{Numerator: f(1), Denominator: f(2)}}}, false},
		{"another note", &base, &Progress{Values: []Measurement{{Value: f(60)}}, Note: "đo tháng 4", Evidence: "BC 12"}, false},
		{"note and evidence swapped", &Progress{Note: "a", Evidence: "b"}, &Progress{Note: "b", Evidence: "a"}, false},
		{"a judgement and none", &Progress{Met: Bool(false)}, nil, false},
		{"met and not met", &Progress{Met: Bool(false)}, &Progress{Met: Bool(true)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Fingerprint() == tt.b.Fingerprint(); got != tt.same {
				t.Errorf("same fingerprint = %v, want %v", got, tt.same)
			}
			var b Progress
			if tt.b != nil {
				b = *tt.b
			}
			if tt.a.SameEntry(b) != tt.same {
				t.Errorf("SameEntry disagrees with the fingerprint")
			}
		})
	}
}
