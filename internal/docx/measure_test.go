package docx

import (
	"math"
	"testing"
)

func TestTextWidthMatchesLiberationSerif(t *testing.T) {
	// Widths read from LiberationSerif-{Regular,Bold}.ttf, in 1/1000 em.
	tests := []struct {
		text  string
		bold  bool
		units float64
	}{
		{"ĐẢNG CỘNG SẢN VIỆT NAM", true, 13778},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 20862},
		{"Độc lập - Tự do - Hạnh phúc", true, 12242},
		{"ĐẢNG ỦY XÃ XUÂN HƯNG", false, 12608},
	}
	for _, tt := range tests {
		got := textWidthPt(tt.text, 1000, tt.bold)
		if math.Abs(got-tt.units)/tt.units > 0.01 {
			t.Errorf("%q: %.0f units, want %.0f within 1%%", tt.text, got, tt.units)
		}
	}
}
