package docx

import (
	"testing"

	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/report/reporttest"
)

func TestHeaderRows(t *testing.T) {
	tests := []struct {
		name   string
		header report.Header
		rows   []string // rowText of each letterhead row; "\n" ends a ruled line
	}{
		{"a Party document puts the date on the star's row", reporttest.Seed().Header, []string{
			"ĐẢNG BỘ TỈNH NINH BÌNH | ĐẢNG CỘNG SẢN VIỆT NAM\n",
			"ĐẢNG ỦY XÃ XUÂN HƯNG | ",
			"* | Xuân Hưng, ngày     tháng 3 năm 2026",
			"Số      -BC/ĐU | ",
		}},
		{"a state document puts it on the number's row", report.Header{
			SuperiorBody: "ỦY BAN NHÂN DÂN", IssuingBody: "XÃ XUÂN HƯNG", Number: "Số: 12/BC-UBND",
			Motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SubMotto: "Độc lập - Tự do - Hạnh phúc",
			PlaceDate: "Xuân Hưng, ngày 05 tháng 02 năm 2026",
		}, []string{
			"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			"XÃ XUÂN HƯNG\n | Độc lập - Tự do - Hạnh phúc\n",
			"Số: 12/BC-UBND | Xuân Hưng, ngày 05 tháng 02 năm 2026",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := reporttest.Seed()
			m.Header = tt.header
			rows := body(t, render(t, m)).first("tbl").all("tr")
			if len(rows) != len(tt.rows) {
				t.Fatalf("letterhead has %d rows, want %d", len(rows), len(tt.rows))
			}
			for i, r := range rows {
				if got := rowText(r); got != tt.rows[i] {
					t.Errorf("row %d = %q, want %q", i, got, tt.rows[i])
				}
				for _, tc := range r.all("tc") {
					checkRule(t, tc)
				}
			}
		})
	}
}

// checkRule checks that a letterhead cell of two paragraphs (a ruled line)
// ends with an empty paragraph drawing a solid line.
func checkRule(t *testing.T, tc *node) {
	t.Helper()
	ps := tc.all("p")
	if len(ps) != 2 {
		return
	}
	top := ps[1].first("top")
	if paraText(ps[1]) != "" || top == nil || top.attrs["val"] != "single" {
		t.Errorf("no solid rule under %q", paraText(ps[0]))
	}
}
