package report

import (
	"reflect"
	"testing"
)

// The text rendering's header follows the DOCX letterhead: the place and date
// level with the star, or with the number when there is no star.
func TestHeaderRowsPutTheDateWhereTheLetterheadDoes(t *testing.T) {
	tests := []struct {
		name   string
		header Header
		want   [][2]string
	}{
		{"a Party document puts the date on the star's row", Header{
			SuperiorBody: "ĐẢNG BỘ TỈNH NINH BÌNH", IssuingBody: "ĐẢNG ỦY XÃ XUÂN HƯNG", Star: true, Number: "Số 12-BC/ĐU",
			Motto: "ĐẢNG CỘNG SẢN VIỆT NAM", PlaceDate: "Xuân Hưng, ngày 5 tháng 3 năm 2026",
		}, [][2]string{
			{"ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG CỘNG SẢN VIỆT NAM"},
			{"ĐẢNG ỦY XÃ XUÂN HƯNG", ""},
			{"*", "Xuân Hưng, ngày 5 tháng 3 năm 2026"},
			{"Số 12-BC/ĐU", ""},
		}},
		{"without a superior body the date still stands by the star", Header{
			IssuingBody: "ĐẢNG ỦY XÃ XUÂN HƯNG", Star: true, Number: "Số 12-BC/ĐU",
			Motto: "ĐẢNG CỘNG SẢN VIỆT NAM", PlaceDate: "Xuân Hưng, ngày 5 tháng 3 năm 2026",
		}, [][2]string{
			{"ĐẢNG ỦY XÃ XUÂN HƯNG", "ĐẢNG CỘNG SẢN VIỆT NAM"},
			{"*", "Xuân Hưng, ngày 5 tháng 3 năm 2026"},
			{"Số 12-BC/ĐU", ""},
		}},
		{"a state document puts it on the number's row", Header{
			SuperiorBody: "ỦY BAN NHÂN DÂN", IssuingBody: "XÃ XUÂN HƯNG", Number: "Số: 12/BC-UBND",
			Motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SubMotto: "Độc lập - Tự do - Hạnh phúc",
			PlaceDate: "Xuân Hưng, ngày 05 tháng 02 năm 2026",
		}, [][2]string{
			{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
			{"XÃ XUÂN HƯNG", "Độc lập - Tự do - Hạnh phúc"},
			{"Số: 12/BC-UBND", "Xuân Hưng, ngày 05 tháng 02 năm 2026"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.header.HeaderRows(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("HeaderRows =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
