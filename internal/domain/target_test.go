package domain_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestParseTargets(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want      []domain.Target
		formatted string
	}{
		{
			name:      "at least a percentage",
			in:        "≥ 95 %",
			want:      []domain.Target{{Comparator: domain.AtLeast, Threshold: 95, Unit: "%"}},
			formatted: "≥ 95 %",
		},
		{
			name:      "ASCII comparator and no spaces",
			in:        ">= 95%",
			want:      []domain.Target{{Comparator: domain.AtLeast, Threshold: 95, Unit: "%"}},
			formatted: "≥ 95 %",
		},
		{
			name:      "ASCII at most",
			in:        "<= 5 %",
			want:      []domain.Target{{Comparator: domain.AtMost, Threshold: 5, Unit: "%"}},
			formatted: "≤ 5 %",
		},
		{
			name: "two labelled targets",
			in:   "= 100 % (giáo viên); ≥ 65 % (học sinh)",
			want: []domain.Target{
				{Comparator: domain.Equal, Threshold: 100, Unit: "%", Label: "giáo viên"},
				{Comparator: domain.AtLeast, Threshold: 65, Unit: "%", Label: "học sinh"},
			},
			formatted: "= 100 % (giáo viên); ≥ 65 % (học sinh)",
		},
		{
			name:      "between two bounds",
			in:        "từ 80 đến 90 %",
			want:      []domain.Target{{Comparator: domain.Between, Threshold: 80, Upper: 90, Unit: "%"}},
			formatted: "từ 80 đến 90 %",
		},
		{
			name:      "between, capitalised",
			in:        "Từ 80 đến 90 %",
			want:      []domain.Target{{Comparator: domain.Between, Threshold: 80, Upper: 90, Unit: "%"}},
			formatted: "từ 80 đến 90 %",
		},
		{
			name:      "a count of people",
			in:        "≥ 30 người",
			want:      []domain.Target{{Comparator: domain.AtLeast, Threshold: 30, Unit: "người"}},
			formatted: "≥ 30 người",
		},
		{
			name:      "a unit with a slash",
			in:        "≥ 1 sáng kiến/quý",
			want:      []domain.Target{{Comparator: domain.AtLeast, Threshold: 1, Unit: "sáng kiến/quý"}},
			formatted: "≥ 1 sáng kiến/quý",
		},
		{
			name:      "decimal comma",
			in:        "≥ 62,5 %",
			want:      []domain.Target{{Comparator: domain.AtLeast, Threshold: 62.5, Unit: "%"}},
			formatted: "≥ 62,5 %",
		},
		{
			name:      "decimal point is read and written back with a comma",
			in:        "≥ 62.5 %",
			want:      []domain.Target{{Comparator: domain.AtLeast, Threshold: 62.5, Unit: "%"}},
			formatted: "≥ 62,5 %",
		},
		{
			name:      "no unit",
			in:        "> 0",
			want:      []domain.Target{{Comparator: domain.Above, Threshold: 0}},
			formatted: "> 0",
		},
		{name: "qualitative Đạt has no targets", in: "Đạt", want: nil, formatted: "Đạt"},
		{name: "qualitative in lower case", in: "đạt", want: nil, formatted: "Đạt"},
		{name: "empty is qualitative", in: "  ", want: nil, formatted: "Đạt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := domain.ParseTargets(tt.in)
			if err != nil {
				t.Fatalf("ParseTargets(%q): %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseTargets(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			formatted := domain.FormatTargets(got)
			if formatted != tt.formatted {
				t.Errorf("FormatTargets = %q, want %q", formatted, tt.formatted)
			}
			again, err := domain.ParseTargets(formatted)
			if err != nil || !reflect.DeepEqual(again, got) {
				t.Errorf("round trip of %q gave %+v, %v; want %+v", formatted, again, err, got)
			}
		})
	}
}

func TestParseTargetsRejects(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mention string
	}{
		{"a word instead of a comparator", "khoảng 95", "không đúng dạng"},
		{"bounds the wrong way round", "từ 90 đến 80 %", "cận dưới lớn hơn cận trên"},
		{"a bad second target", "≥ 95 %; hầu hết", "không đúng dạng"},
		{"a comparator without a number", "≥ %", "không đúng dạng"},
		{"a percentage above 100", "≥ 150 %", "phải từ 0 đến 100 %"},
		{"a percentage above 100 written closed up", ">=100,5%", "phải từ 0 đến 100 %"},
		{"a range past 100 %", "từ 80 đến 120 %", "phải từ 0 đến 100 %"},
		{"a labelled second target above 100 %", "= 100 % (giáo viên); ≥ 165 % (học sinh)", "phải từ 0 đến 100 %"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := domain.ParseTargets(tt.in)
			if err == nil {
				t.Fatalf("ParseTargets(%q) = %+v, want an error", tt.in, got)
			}
			if got != nil {
				t.Errorf("targets on error = %+v, want nil", got)
			}
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("message %q should contain %q", err, tt.mention)
			}
		})
	}
}

// A rejected target is bad input, so callers that map codes to HTTP statuses
// (400 for Invalid) need the code.
func TestParseTargetsRejectionIsInvalid(t *testing.T) {
	for _, in := range []string{"khoảng 95", "từ 90 đến 80 %"} {
		_, err := domain.ParseTargets(in)
		if code := domain.ErrorCode(err); code != domain.Invalid {
			t.Errorf("ErrorCode(ParseTargets(%q)) = %q, want %q", in, code, domain.Invalid)
		}
	}
}

func TestTargetMet(t *testing.T) {
	tests := []struct {
		name   string
		target domain.Target
		value  float64
		want   bool
	}{
		{"at least: at the threshold", domain.Target{Comparator: domain.AtLeast, Threshold: 95}, 95, true},
		{"at least: just below", domain.Target{Comparator: domain.AtLeast, Threshold: 95}, 94.99, false},
		{"at least: just above", domain.Target{Comparator: domain.AtLeast, Threshold: 95}, 95.01, true},
		{"at least: rounding noise counts as at", domain.Target{Comparator: domain.AtLeast, Threshold: 0.3}, 0.1 + 0.2 - 1e-12, true},
		{"at most: at the threshold", domain.Target{Comparator: domain.AtMost, Threshold: 5}, 5, true},
		{"at most: just below", domain.Target{Comparator: domain.AtMost, Threshold: 5}, 4.99, true},
		{"at most: just above", domain.Target{Comparator: domain.AtMost, Threshold: 5}, 5.01, false},
		{"equal: at the threshold", domain.Target{Comparator: domain.Equal, Threshold: 100}, 100, true},
		{"equal: just below", domain.Target{Comparator: domain.Equal, Threshold: 100}, 99.99, false},
		{"equal: just above", domain.Target{Comparator: domain.Equal, Threshold: 100}, 100.01, false},
		{"equal: float noise still equal", domain.Target{Comparator: domain.Equal, Threshold: 0.3}, 0.1 + 0.2, true},
		{"above: at the threshold is not enough", domain.Target{Comparator: domain.Above, Threshold: 0}, 0, false},
		{"above: just below", domain.Target{Comparator: domain.Above, Threshold: 0}, -0.01, false},
		{"above: just above", domain.Target{Comparator: domain.Above, Threshold: 0}, 0.01, true},
		{"below: at the threshold is not enough", domain.Target{Comparator: domain.Below, Threshold: 10}, 10, false},
		{"below: just below", domain.Target{Comparator: domain.Below, Threshold: 10}, 9.99, true},
		{"below: just above", domain.Target{Comparator: domain.Below, Threshold: 10}, 10.01, false},
		{"between: at the lower bound", domain.Target{Comparator: domain.Between, Threshold: 80, Upper: 90}, 80, true},
		{"between: just below the lower bound", domain.Target{Comparator: domain.Between, Threshold: 80, Upper: 90}, 79.99, false},
		{"between: just above the lower bound", domain.Target{Comparator: domain.Between, Threshold: 80, Upper: 90}, 80.01, true},
		{"between: at the upper bound", domain.Target{Comparator: domain.Between, Threshold: 80, Upper: 90}, 90, true},
		{"between: just below the upper bound", domain.Target{Comparator: domain.Between, Threshold: 80, Upper: 90}, 89.99, true},
		{"between: just above the upper bound", domain.Target{Comparator: domain.Between, Threshold: 80, Upper: 90}, 90.01, false},
		{"unknown comparator is never met", domain.Target{Comparator: "≈", Threshold: 1}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.target.Met(tt.value); got != tt.want {
				t.Errorf("%s .Met(%v) = %v, want %v", tt.target, tt.value, got, tt.want)
			}
		})
	}
}

// A count above 100 is no percentage: only "%" targets are bounded.
func TestParseTargetsKeepsCountsAbove100(t *testing.T) {
	for _, in := range []string{"≥ 150 người", "= 100 %", "≥ 0 %", "từ 0 đến 100 %", "≥ 150 %/năm"} {
		if _, err := domain.ParseTargets(in); err != nil {
			t.Errorf("ParseTargets(%q): %v", in, err)
		}
	}
}

func TestTargetPercent(t *testing.T) {
	if !(domain.Target{Unit: "%"}).Percent() {
		t.Error("a % target should be a percentage")
	}
	if (domain.Target{Unit: "người"}).Percent() {
		t.Error("a count of people is not a percentage")
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{95, "95"},
		{62.5, "62,5"},
		{0, "0"},
		{100, "100"},
		{1000000, "1000000"},
		{0.25, "0,25"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := domain.FormatNumber(tt.in); got != tt.want {
				t.Errorf("FormatNumber(%v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"95", 95},
		{"62,5", 62.5},
		{"62.5", 62.5},
		{" 7 ", 7},
		{"-3", -3},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := domain.ParseNumber(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "abc", "NaN", "Inf", "9 5"} {
		t.Run("rejects "+bad, func(t *testing.T) {
			if v, err := domain.ParseNumber(bad); err == nil {
				t.Errorf("ParseNumber(%q) = %v, want an error", bad, v)
			} else if !strings.Contains(err.Error(), "không phải là số") {
				t.Errorf("message %q is not the Vietnamese one", err)
			}
		})
	}
}

// Vietnamese writes a thousand as "1.000" (dot for thousands, comma for
// decimals). Reading it as 1 silently turns "≥ 1.000 hộ" into "≥ 1 hộ"; it
// should read as 1000, or at least be rejected as ambiguous.
func TestParseTargetsDoesNotMisreadThousands(t *testing.T) {
	got, err := domain.ParseTargets("≥ 1.000 hộ")
	if err == nil && (len(got) != 1 || got[0].Threshold != 1000) {
		t.Errorf("ParseTargets(\"≥ 1.000 hộ\") = %+v, want threshold 1000 or an error", got)
	}
}
