package domain

import "testing"

func TestRecordWords(t *testing.T) {
	two := Criterion{Targets: []Target{
		{Comparator: Equal, Threshold: 100, Unit: "%", Label: "giáo viên"},
		{Comparator: AtLeast, Threshold: 65, Unit: "%", Label: "học sinh"},
	}}
	people := Criterion{Targets: []Target{{Comparator: AtLeast, Threshold: 30, Unit: "người"}}}
	tests := []struct {
		c    Criterion
		p    *Progress
		want string
	}{
		{two, &Progress{Values: []Measurement{{Numerator: Float(42), Denominator: Float(42)}, {Value: Float(70.5)}}},
			"giáo viên: 42/42 (100 %); học sinh: 70,5 %"},
		{two, &Progress{Values: []Measurement{{Numerator: Float(2), Denominator: Float(3)}}}, "giáo viên: 2/3 (66,7 %); học sinh: —"},
		{people, &Progress{Values: []Measurement{{Value: Float(31)}}}, "31 người"},
		{Criterion{}, &Progress{Met: Bool(true)}, "Đạt"},
		{Criterion{}, &Progress{Met: Bool(false)}, "Chưa đạt"},
		{people, nil, "—"},
	}
	for _, tt := range tests {
		if got := tt.c.RecordWords(tt.p); got != tt.want {
			t.Errorf("RecordWords = %q, want %q", got, tt.want)
		}
	}
}
