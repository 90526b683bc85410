package auditlog

import (
	"reflect"
	"testing"
)

// A task's status reads in the words of the meeting's page, not as its code.
func TestATaskStatusChangeReadsInWords(t *testing.T) {
	t.Parallel()
	got := changesOf("task", `{"Title":"Lắp Wi-Fi","UnitText":"VPĐU","Deadline":"2026-04-30","Status":"open","DoneAt":"","UnitID":0}`,
		`{"Title":"Lắp Wi-Fi","UnitText":"VPĐU","Deadline":"2026-04-30","Status":"done","DoneAt":"2026-03-28","UnitID":0}`, nil)
	want := []Change{{"Tình trạng", "Đang thực hiện", "Đã hoàn thành"}, {"Hoàn thành ngày", "", "28/03/2026"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	added := changesOf("task", ``, `{"Title":"Lắp Wi-Fi","Status":"open"}`, nil)
	if want := []Change{{"Nội dung nhiệm vụ", "", "Lắp Wi-Fi"}, {"Tình trạng", "", "Đang thực hiện"}}; !reflect.DeepEqual(added, want) {
		t.Errorf("a task added reads %q, want %q", added, want)
	}
}
