package domain

import (
	"reflect"
	"testing"
)

func diffFixture() Program {
	return Program{ID: 1, Number: "02-CTr/BCĐ", Year: 2026, Title: "Chương trình", Groups: []Group{
		{Numeral: "I", Criteria: []Criterion{
			{Number: 1, Text: "Phủ sóng 5G", Targets: []Target{{Comparator: AtLeast, Threshold: 95, Unit: "%"}}, Roles: Roles{Lead: Role{Text: "Phòng VH-XH"}}},
			{Number: 2, Text: "Cáp quang"},
		}},
	}}
}

func TestDiffProgramsNamesEveryChangeByKey(t *testing.T) {
	old := diffFixture()
	next := diffFixture()
	next.Title = "Chương trình sửa"
	next.Groups[0].Criteria[0].Targets = []Target{{Comparator: AtLeast, Threshold: 97, Unit: "%"}}
	next.Groups[0].Criteria[0].Roles.Lead.Text = "VPĐU"
	next.Groups[0].Criteria = next.Groups[0].Criteria[:1]
	next.Groups = append(next.Groups, Group{Numeral: "II", Criteria: []Criterion{{Number: 1, Text: "Dịch vụ công"}}})

	got := DiffPrograms(old, next)
	want := []ProgramChange{
		{Kind: ChangeHeader},
		{Kind: ChangeChanged, Key: "I.1", Text: "Phủ sóng 5G", Fields: []string{"chỉ tiêu", "đơn vị chủ trì"}},
		{Kind: ChangeAdded, Key: "II.1", Text: "Dịch vụ công"},
		{Kind: ChangeRemoved, Key: "I.2", Text: "Cáp quang"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("changes:\n got %+v\nwant %+v", got, want)
	}
	if s := got[3].String(); s != "xóa tiêu chí I.2: Cáp quang" {
		t.Errorf("removed line %q", s)
	}
}

func TestDiffProgramsOfANewProgramIsOneLine(t *testing.T) {
	got := DiffPrograms(Program{}, diffFixture())
	if len(got) != 1 || got[0].String() != "thêm chương trình mới 02-CTr/BCĐ: 1 nhóm, 2 tiêu chí" {
		t.Fatalf("got %v", got)
	}
}

func TestDiffProgramsOfTheSameProgramIsEmpty(t *testing.T) {
	if got := DiffPrograms(diffFixture(), diffFixture()); len(got) != 0 {
		t.Fatalf("got %v", got)
	}
}
