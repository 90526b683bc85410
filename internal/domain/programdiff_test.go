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
	next.Groups = append(next.Groups, Group{Numeral: "II", Name: "Chính quyền số", Criteria: []Criterion{{Number: 1, Text: "Dịch vụ công"}}})

	got := DiffPrograms(old, next)
	want := []ProgramChange{
		{Kind: ChangeHeader},
		{Kind: ChangeGroup, Key: "II", Text: "thêm nhóm “Chính quyền số”"},
		{Kind: ChangeChanged, Key: "I.1", Text: "Phủ sóng 5G", Fields: []string{"chỉ tiêu", "đơn vị chủ trì"}},
		{Kind: ChangeAdded, Key: "II.1", Text: "Dịch vụ công"},
		{Kind: ChangeRemoved, Key: "I.2", Text: "Cáp quang"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("changes:\n got %+v\nwant %+v", got, want)
	}
	if s := got[4].String(); s != "xóa tiêu chí I.2: Cáp quang" {
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

// A unit added after the program was saved is linked by saving the same
// words again: the diff must not call that "nothing".
func TestDiffProgramsSeesNewUnitLinks(t *testing.T) {
	old := diffFixture()
	next := diffFixture()
	next.Groups[0].Criteria[0].Roles.Lead.UnitIDs = []int64{7}
	got := DiffPrograms(old, next)
	want := []ProgramChange{{Kind: ChangeChanged, Key: "I.1", Text: "Phủ sóng 5G", Fields: []string{"liên kết với cơ quan, đơn vị"}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("changes:\n got %+v\nwant %+v", got, want)
	}
	// The same units in another order are the same links.
	old.Groups[0].Criteria[0].Roles.Lead.UnitIDs = []int64{7, 9}
	next.Groups[0].Criteria[0].Roles.Lead.UnitIDs = []int64{9, 7}
	if got := DiffPrograms(old, next); len(got) != 0 {
		t.Errorf("reordered links: %v", got)
	}
}

func TestDiffProgramsNamesRenamedAndRemovedGroups(t *testing.T) {
	old := diffFixture()
	old.Groups[0].Name = "Hạ tầng"
	old.Groups = append(old.Groups, Group{Numeral: "II", Name: "Trống"})
	next := diffFixture()
	next.Groups[0].Name = "Hạ tầng số"
	got := DiffPrograms(old, next)
	want := []ProgramChange{
		{Kind: ChangeGroup, Key: "I", Text: "đổi tên “Hạ tầng” thành “Hạ tầng số”"},
		{Kind: ChangeGroup, Key: "II", Text: "xóa nhóm “Trống”"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("changes:\n got %+v\nwant %+v", got, want)
	}
	if s := got[0].String(); s != "nhóm I: đổi tên “Hạ tầng” thành “Hạ tầng số”" {
		t.Errorf("line %q", s)
	}
}
