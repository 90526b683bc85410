package auditlog

import (
	"reflect"
	"testing"
)

func TestChangesInWords(t *testing.T) {
	t.Parallel()
	units := map[int64]string{7: "Phòng VH-XH", 9: "VPĐU"}
	cases := []struct {
		name          string
		action        string
		before, after string
		want          []Change
	}{
		{"an account edited: only what changed, codes in words, units by name", "user.edit",
			`{"Login":"lan","Name":"Lan","Role":"viewer","UnitID":0,"MustChange":true,"Disabled":false}`,
			`{"Login":"lan","Name":"Đỗ Thị Lan","Role":"staff","UnitID":7,"MustChange":true,"Disabled":true}`,
			[]Change{{"Họ tên", "Lan", "Đỗ Thị Lan"}, {"Vai trò", "Xem", "Cán bộ đơn vị"}, {"Cơ quan, đơn vị", "", "Phòng VH-XH"}, {"Đã khóa", "không", "có"}}},
		{"an account created: what it has, not its empty fields", "user.add", ``,
			`{"Login":"lan","Name":"","Role":"viewer","UnitID":0,"MustChange":true,"Disabled":false}`,
			[]Change{{"Tên đăng nhập", "", "lan"}, {"Vai trò", "", "Xem"}, {"Phải đổi mật khẩu khi đăng nhập", "", "có"}}},
		{"values of a period, paired by criterion", "progress.save",
			`{"records":[{"criterion":"II.6","record":"60 %"},{"criterion":"I.1","record":"chưa có số liệu"}]}`,
			`{"records":[{"criterion":"II.6","record":"đã xóa số liệu kỳ này"},{"criterion":"I.1","record":"90 %"}],"files":["I.1: bien-ban.pdf (12 KB)"]}`,
			[]Change{{"Tiêu chí II.6", "60 %", "đã xóa số liệu kỳ này"}, {"Tiêu chí I.1", "chưa có số liệu", "90 %"}, {"Tệp minh chứng", "", "I.1: bien-ban.pdf (12 KB)"}}},
		{"a program imported: criteria paired by key, field by field", "program.import",
			`{"Number":"02-CTr/BCĐ","Year":2026,"Criteria":[{"Key":"I.1","Text":"5G","Targets":"≥ 90 %","Lead":"VPĐU"},{"Key":"I.2","Text":"Cáp quang","Targets":"","Lead":""}]}`,
			`{"Number":"02-CTr/BCĐ","Year":2026,"Criteria":[{"Key":"I.1","Text":"5G","Targets":"≥ 95 %","Lead":"Phòng VH-XH"},{"Key":"I.3","Text":"Wi-Fi","Targets":"","Lead":""}]}`,
			[]Change{{"Tiêu chí I.1 · Chỉ tiêu", "≥ 90 %", "≥ 95 %"}, {"Tiêu chí I.1 · Đơn vị chủ trì", "VPĐU", "Phòng VH-XH"},
				{"Tiêu chí I.3", "", "Wi-Fi"}, {"Tiêu chí I.2", "Cáp quang", ""}}},
		{"a bare value", "criterion.move", `"I.3"`, `"I.2"`, []Change{{"", "I.3", "I.2"}}},
		{"a deletion: what there was", "answer_template.delete", `{"ID":4,"OrgID":1,"Title":"Cảm ơn","Body":"Xin cảm ơn."}`, ``,
			[]Change{{"Tiêu đề", "Cảm ơn", ""}, {"Nội dung", "Xin cảm ơn.", ""}}},
		{"days and instants as Vietnam writes them", "calendar.save", `{"Date":"2026-05-02T00:00:00Z","Off":false}`,
			`{"Date":"2026-05-02T00:00:00Z","Off":true,"Note":"nghỉ bù"}`,
			[]Change{{"Ngày nghỉ", "không", "có"}, {"Ghi chú", "", "nghỉ bù"}}},
		{"a submission's step: status and unit in words", "submission.assign",
			`{"Status":"accepted","DueAt":"2026-03-20T10:00:00Z"}`, `{"Status":"assigned","DueAt":"2026-04-10T10:00:00Z","AssignedUnitID":9}`,
			[]Change{{"Trạng thái", "Đã tiếp nhận xử lý", "Đã giao đơn vị xử lý"}, {"Hạn xử lý", "20/03/2026 17:00", "10/04/2026 17:00"}, {"Đơn vị xử lý", "", "VPĐU"}}},
		{"a list without names: what left and what came", "report.settings",
			`{"recipients":["Như trên","Lưu VP"]}`, `{"recipients":["Như trên","UBKTTU","Lưu VP"]}`,
			[]Change{{"Nơi nhận", "", "UBKTTU"}}},
		{"records without names, compared whole", "deadline_rules.save",
			`[{"OrgID":1,"Kind":"phan_anh","Stage":"answer","Days":15,"Working":true}]`,
			`[{"OrgID":1,"Kind":"phan_anh","Stage":"answer","Days":10,"Working":true}]`,
			[]Change{{"", "Loại: phản ánh · Bước: Trả lời · Số ngày: 15 · Tính ngày làm việc: có", "Loại: phản ánh · Bước: Trả lời · Số ngày: 10 · Tính ngày làm việc: có"}}},
		{"a period kept in a field", "period.unlock", `{"period":"2026-03","locked_at":"28/03/2026 09:00","locked_by":"lanhdao"}`, ``,
			[]Change{{"Kỳ", "tháng 3 năm 2026", ""}, {"Khóa lúc", "28/03/2026 09:00", ""}, {"Người khóa", "lanhdao", ""}}},
		{"a field nobody labelled shows its key", "custom.thing", `{"a":1}`, `{"a":2}`, []Change{{"a", "1", "2"}}},
		{"text that is not JSON is kept", "custom.thing", `cũ`, `{"a":2}`, []Change{{"", "cũ", `{"a":2}`}}},
		{"nothing kept", "custom.thing", ``, ``, nil},
		{"nothing changed", "user.edit", `{"Login":"lan"}`, `{"Login":"lan"}`, nil},
	}
	for _, c := range cases {
		got := changesOf(areaOf(c.action), c.before, c.after, units)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestPeriodsInWords(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"báo cáo 2026-03":                      "báo cáo tháng 3 năm 2026",
		"số liệu 2026-Q1, 2026-H2.":            "số liệu quý I năm 2026, 6 tháng cuối năm 2026.",
		"lịch làm việc ngày 2026-03-05":        "lịch làm việc ngày 2026-03-05",
		"phản ánh, kiến nghị NQ57-2026-03AB":   "phản ánh, kiến nghị NQ57-2026-03AB",
		"chương trình 02-CTr/BCĐ 2026-13":      "chương trình 02-CTr/BCĐ 2026-13",
		"số liệu tháng 3 năm 2026 (đã có chữ)": "số liệu tháng 3 năm 2026 (đã có chữ)",
	}
	for in, want := range cases {
		if got := periodsInWords(in); got != want {
			t.Errorf("periodsInWords(%q) = %q, want %q", in, got, want)
		}
	}
}
