package excel

import (
	"bytes"
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/nq57/nq57/internal/domain"
)

func TestProgramRoundTripKeepsTheDemoProgram(t *testing.T) {
	p := demoProgram(t)
	if n := p.CriteriaCount(); n != 39 {
		t.Fatalf("demo program has %d criteria, want 39", n)
	}
	var buf bytes.Buffer
	if err := WriteProgram(&buf, p); err != nil {
		t.Fatalf("WriteProgram: %v", err)
	}
	got, err := ReadProgram(&buf)
	if err != nil {
		t.Fatalf("ReadProgram: %v", err)
	}
	if want := withoutIDs(p); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the program\n got: %+v\nwant: %+v", got, want)
	}
}

func TestReadProgramAcceptsAHandMadeWorkbook(t *testing.T) {
	data := workbook(t,
		sheet{sheetInfo, [][]any{{"Số hiệu", "02-CTr/BCĐ"}, {"Ngày ban hành", "4/2/2026"}, {"Năm", 2026}}},
		sheet{sheetCriteria, [][]any{
			{"DANH MỤC TIÊU CHÍ"},
			{hGroup, hGroupName, hNumber, hText, hTargets},
			{"I", "Hạ tầng", 1, "Phủ sóng 5G", "≥ 95%"},
			{"", "", 2, "Wi-Fi công cộng", ""},
			{"ii", "Nguồn lực", "1", "Kỹ năng số", "= 100 % (giáo viên); ≥ 65 % (học sinh)"},
			{"I", "hạ  tầng", 3.0, "Cáp quang", ">= 85 %"},
		}},
	)
	got, err := ReadProgram(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ReadProgram: %v", err)
	}
	if got.Date != domain.Date(2026, 2, 4) || got.Year != 2026 || got.Number != "02-CTr/BCĐ" {
		t.Errorf("program info = %q %v %d", got.Number, got.Date, got.Year)
	}
	tests := []struct {
		name             string
		group, criterion int
		numeral, text    string
		number, position int
		targets          string
	}{
		{"first criterion", 0, 0, "I", "Phủ sóng 5G", 1, 1, "≥ 95 %"},
		{"a blank group cell continues the group above", 0, 1, "I", "Wi-Fi công cộng", 2, 2, "Đạt"},
		{"a group named again later keeps its place", 0, 2, "I", "Cáp quang", 3, 3, "≥ 85 %"},
		{"lower-case numeral, STT as text", 1, 0, "II", "Kỹ năng số", 1, 4, "= 100 % (giáo viên); ≥ 65 % (học sinh)"},
	}
	if len(got.Groups) != 2 || len(got.Groups[0].Criteria) != 3 || len(got.Groups[1].Criteria) != 1 {
		t.Fatalf("groups = %+v", got.Groups)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := got.Groups[tt.group]
			c := g.Criteria[tt.criterion]
			if g.Numeral != tt.numeral || g.Position != tt.group+1 || c.Text != tt.text || c.Number != tt.number ||
				c.Position != tt.position || domain.FormatTargets(c.Targets) != tt.targets {
				t.Errorf("got group %s (%d), criterion %d %q at %d, targets %q", g.Numeral, g.Position, c.Number, c.Text, c.Position, domain.FormatTargets(c.Targets))
			}
		})
	}
}

func TestReadProgramNormalisesDecomposedText(t *testing.T) {
	nfd := norm.NFD.String
	data := workbook(t,
		sheet{nfd(sheetInfo), [][]any{
			{nfd("Số hiệu"), nfd(" 02-CTr/BCĐ ")},
			{nfd("Cơ quan ban hành"), nfd("Ban chỉ đạo chuyển đổi số xã Xuân Hưng")},
			{nfd("Năm"), "2026"},
		}},
		sheet{nfd(sheetCriteria), [][]any{
			{nfd(hGroup), nfd(hGroupName), hNumber, nfd(hText), nfd(hTargets), nfd(hMonitoring), nfd(hLead), nfd(hCoordinating)},
			{"I", nfd("Phát triển hạ tầng"), 1, nfd("Xã Xuân Hưng phủ sóng 5G ≥ 95%"), "≥ 95 %", nfd("Phòng VH-XH"), nfd("Các doanh nghiệp Viễn thông"), nfd("Các cơ, quan đơn vị liên quan  ")},
		}},
	)
	got, err := ReadProgram(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ReadProgram: %v", err)
	}
	c := got.Groups[0].Criteria[0]
	tests := []struct{ name, got, want string }{
		{"number", got.Number, "02-CTr/BCĐ"},
		{"issuing body", got.IssuingBody, "Ban chỉ đạo chuyển đổi số xã Xuân Hưng"},
		{"group name", got.Groups[0].Name, "Phát triển hạ tầng"},
		{"criterion text", c.Text, "Xã Xuân Hưng phủ sóng 5G ≥ 95%"},
		{"monitoring role", c.Roles.Monitoring.Text, "Phòng VH-XH"},
		{"coordinating role, trimmed", c.Roles.Coordinating.Text, "Các cơ, quan đơn vị liên quan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want || !norm.NFC.IsNormalString(tt.got) {
				t.Errorf("got %q (% x), want %q", tt.got, tt.got, tt.want)
			}
		})
	}
}
