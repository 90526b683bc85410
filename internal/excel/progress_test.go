package excel

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

func demoRecords(t *testing.T, p domain.Program) []domain.Progress {
	f := domain.Float
	id := func(numeral string, number int) int64 { return criterion(t, p, numeral, number).ID }
	return []domain.Progress{
		{CriterionID: id("I", 1), Period: march(), Values: []domain.Measurement{{Value: f(96.5)}}, Evidence: "Báo cáo của VNPT Ninh Bình", Note: "số liệu đến 14/3"},
		{CriterionID: id("I", 2), Period: march(), Values: []domain.Measurement{{Numerator: f(45), Denominator: f(50)}}},
		{CriterionID: id("I", 10), Period: march(), Met: domain.Bool(true), Evidence: "Biên bản nghiệm thu ngày 12/3/2026"},
		{CriterionID: id("II", 3), Period: march(), Met: domain.Bool(false), Note: "chưa ban hành quyết định"},
		{CriterionID: id("II", 4), Period: march(), Values: []domain.Measurement{{Numerator: f(30), Denominator: f(30)}, {Value: f(70.25)}}, Evidence: "https://truong.edu.vn/bao-cao"},
		{CriterionID: id("II", 8), Period: march(), Values: []domain.Measurement{{Value: f(35)}}},
		{CriterionID: id("III", 1), Period: march(), Values: []domain.Measurement{{}}, Evidence: "đang tổng hợp"},
	}
}

func TestProgressRoundTripKeepsEveryKindOfEntry(t *testing.T) {
	p := demoProgram(t)
	want := demoRecords(t, p)
	other := domain.Progress{CriterionID: criterion(t, p, "I", 3).ID, Period: domain.MonthPeriod(2026, 2), Values: []domain.Measurement{{Value: domain.Float(80)}}}
	var buf bytes.Buffer
	all := append(want, other)
	if err := WriteProgress(&buf, p, march(), all, statusesAt(p, all, march())); err != nil {
		t.Fatalf("WriteProgress: %v", err)
	}
	got, err := ReadProgress(bytes.NewReader(buf.Bytes()), p, march())
	if err != nil {
		t.Fatalf("ReadProgress: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the records\n got: %s\nwant: %s", dump(got), dump(want))
	}
}

func dump(records []domain.Progress) string {
	var b strings.Builder
	for _, r := range records {
		b.WriteString("\n  " + fmtRecord(r))
	}
	return b.String()
}

func fmtRecord(r domain.Progress) string {
	s := ""
	for _, m := range r.Values {
		s += "[" + ptr(m.Value) + " " + ptr(m.Numerator) + "/" + ptr(m.Denominator) + "]"
	}
	met := "-"
	if r.Met != nil {
		met = map[bool]string{true: "có", false: "không"}[*r.Met]
	}
	return domain.FormatNumber(float64(r.CriterionID)) + " " + r.Period.String() + " " + s + " met=" + met + " ev=" + r.Evidence + " note=" + r.Note
}

func ptr(v *float64) string {
	if v == nil {
		return "nil"
	}
	return domain.FormatNumber(*v)
}

func TestWriteProgressShowsStatusAndOffersMetChoices(t *testing.T) {
	p := demoProgram(t)
	var buf bytes.Buffer
	records := demoRecords(t, p)
	feb := domain.MonthPeriod(2026, 2)
	earlier := []domain.Progress{
		{CriterionID: criterion(t, p, "I", 4).ID, Period: feb, Values: []domain.Measurement{{Value: domain.Float(100)}}},
		{CriterionID: criterion(t, p, "I", 1).ID, Period: feb, Values: []domain.Measurement{{Value: domain.Float(10)}}},
	}
	if err := WriteProgress(&buf, p, march(), records, statusesAt(p, append(records, earlier...), march())); err != nil {
		t.Fatalf("WriteProgress: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tests := []struct {
		name          string
		numeral       string
		number, index int
		cell, want    string
	}{
		{"measured target met", "I", 1, 1, "L", "Đạt"},
		{"fraction below target", "I", 2, 1, "L", "Chưa đạt"},
		{"qualitative marked met", "I", 10, 0, "L", "Đạt"},
		{"qualitative met written as có", "I", 10, 0, "I", "có"},
		{"no value yet", "I", 3, 1, "L", "Chưa có số liệu"},
		{"met in February, carried forward", "I", 4, 1, "L", "Đạt"},
		{"no value in March but not carried forward", "I", 4, 1, "F", ""},
		{"the newer period decides", "I", 1, 1, "L", "Đạt"},
		{"a criterion with two targets has its status on both rows", "II", 4, 2, "L", "Đạt"},
		{"second target has its own row", "II", 4, 2, "D", "≥ 65 % (học sinh)"},
		{"evidence on the first row of a criterion", "II", 4, 1, "J", "https://truong.edu.vn/bao-cao"},
		{"period in the header block", "", 0, 0, "D2", "2026-03"},
		{"period in words", "", 0, 0, "E2", "tháng 3 năm 2026"},
		{"program number in the header block", "", 0, 0, "D1", "02-CTr/BCĐ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cell := tt.cell
			if tt.numeral != "" {
				cell += strconv.Itoa(rowOf(t, f, tt.numeral, tt.number, tt.index))
			}
			got, err := f.GetCellValue(sheetProgress, cell)
			if err != nil || got != tt.want {
				t.Errorf("%s = %q (%v), want %q", cell, got, err, tt.want)
			}
		})
	}
	dvs, err := f.GetDataValidations(sheetProgress)
	if err != nil || len(dvs) != 1 || !strings.Contains(dvs[0].Formula1, "có,không") {
		t.Fatalf("data validations = %+v (%v), want one list có,không", dvs, err)
	}
	if want := "I" + strconv.Itoa(rowOf(t, f, "II", 3, 0)); !strings.Contains(dvs[0].Sqref, want) {
		t.Errorf("validation covers %q, want it to include %s", dvs[0].Sqref, want)
	}
}
