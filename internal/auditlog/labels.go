package auditlog

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// Area is a kind of thing the audit log records changes of ("program"), with
// the actions taken on it. The filter offers an area and each of its actions.
type Area struct {
	Code    string // "program"
	Label   string // "Chương trình"
	Actions []Action
}

// Action is one kind of change: its code as the use cases write it and its
// label as the log shows it.
type Action struct {
	Code  string // "program.add"
	Label string // "Tạo chương trình"
}

// areas is the one list of the audit log's action codes: every code a use
// case writes is listed here once, with its label. A code not listed still
// shows, readably (see ActionLabel), and a test finds the codes the sources
// write that the list lacks.
var areas = []Area{
	{"progress", "Số liệu", []Action{
		{"progress.save", "Nhập số liệu"},
		{"progress.import", "Nhập số liệu từ Excel"},
	}},
	{"evidence", "Minh chứng", []Action{
		{"evidence.add", "Thêm tệp minh chứng"},
		{"evidence.delete", "Xóa tệp minh chứng"},
	}},
	{"program", "Chương trình", []Action{
		{"program.add", "Tạo chương trình"},
		{"program.edit", "Sửa chương trình"},
		{"program.save", "Sửa chương trình"},
		{"program.import", "Nhập chương trình từ Excel"},
		{"program.delete", "Xóa chương trình"},
		{"program.group_add", "Thêm nhóm tiêu chí"},
		{"program.group_rename", "Đổi tên nhóm tiêu chí"},
		{"program.group_delete", "Xóa nhóm tiêu chí"},
	}},
	{"criterion", "Tiêu chí", []Action{
		{"criterion.add", "Thêm tiêu chí"},
		{"criterion.edit", "Sửa tiêu chí"},
		{"criterion.move", "Đổi thứ tự tiêu chí"},
		{"criterion.delete", "Xóa tiêu chí"},
	}},
	{"meeting", "Cuộc họp", []Action{
		{"meeting.create", "Ghi cuộc họp mới"},
		{"meeting.update", "Sửa cuộc họp"},
		{"meeting.save", "Ghi cuộc họp"},
		{"meeting.delete", "Xóa cuộc họp"},
	}},
	{"task", "Nhiệm vụ", []Action{
		{"task.add", "Giao nhiệm vụ"},
		{"task.edit", "Sửa nhiệm vụ"},
		{"task.status", "Cập nhật tình trạng nhiệm vụ"},
		{"task.save", "Cập nhật nhiệm vụ"},
		{"task.delete", "Xóa nhiệm vụ"},
	}},
	{"report", "Báo cáo", []Action{
		{"report.settings", "Sửa nội dung báo cáo"},
		{"report.defaults", "Sửa thiết lập chung của báo cáo"},
		{"report.issue", "Ban hành báo cáo"},
		{"report.unlock", "Mở khóa số liệu"},
	}},
	{"period", "Khóa số liệu", []Action{
		{"period.unlock", "Mở khóa số liệu"},
	}},
	{"filing", "Nộp báo cáo lên tỉnh", []Action{
		{"filing.submit", "Nộp báo cáo lên tỉnh"},
		{"filing.accept", "Tiếp nhận báo cáo"},
		{"filing.return", "Trả lại báo cáo"},
	}},
	{"submission", "Phản ánh, kiến nghị", submissionActions()},
	{"answer_template", "Mẫu trả lời", []Action{
		{"answer_template.save", "Lưu mẫu trả lời"},
		{"answer_template.delete", "Xóa mẫu trả lời"},
	}},
	{"deadline_rules", "Thời hạn xử lý", []Action{
		{"deadline_rules.save", "Sửa thời hạn xử lý phản ánh, kiến nghị"},
	}},
	{"calendar", "Lịch làm việc", []Action{
		{"calendar.save", "Sửa lịch làm việc"},
		{"calendar.delete", "Bỏ ngày sửa lịch làm việc"},
	}},
	{"user", "Người dùng", []Action{
		{"user.add", "Thêm người dùng"},
		{"user.edit", "Sửa người dùng"},
		{"user.disable", "Khóa tài khoản"},
		{"user.enable", "Mở lại tài khoản"},
		{"user.password", "Đổi mật khẩu"},
		{"user.reset_password", "Đặt lại mật khẩu"},
	}},
	{"org", "Đơn vị hành chính", []Action{
		{"org.add", "Tạo đơn vị hành chính (xã, phường, đặc khu hoặc tỉnh)"},
	}},
	{"commune", "Xã, phường của tỉnh", []Action{
		{"commune.add", "Thêm xã, phường"},
		{"commune.import", "Nhập danh sách xã, phường từ Excel"},
		{"commune.deactivate", "Ngừng hoạt động xã, phường"},
	}},
	{"request", "Yêu cầu báo cáo", []Action{
		{"request.create", "Soạn yêu cầu báo cáo"},
		{"request.update", "Sửa dự thảo yêu cầu báo cáo"},
		{"request.issue", "Ban hành yêu cầu báo cáo"},
		{"request.close", "Đóng yêu cầu báo cáo"},
	}},
	{"framework", "Bộ tiêu chí của tỉnh", []Action{
		{"framework.save", "Lưu bộ tiêu chí của tỉnh"},
		{"framework.adopt", "Áp dụng bộ tiêu chí của tỉnh"},
		{"framework.accept", "Cập nhật theo bộ tiêu chí của tỉnh"},
	}},
	{"unit", "Cơ quan, đơn vị", []Action{
		{"unit.add", "Thêm cơ quan, đơn vị"},
		{"unit.edit", "Sửa tên cơ quan, đơn vị"},
		{"unit.rename", "Đổi tên cơ quan, đơn vị"},
	}},
}

// submissionActions are the actions on a submission: recording one that came
// another way, importing a workbook, and each step of the workflow, named as
// the workflow's buttons name them (domain.SubmissionActions is their list).
func submissionActions() []Action {
	out := []Action{
		{"submission.receive", "Nhận phản ánh, kiến nghị gửi trực tuyến"},
		{"submission.record", "Ghi nhận phản ánh, kiến nghị"},
		{"submission.import", "Nhập phản ánh, kiến nghị từ Excel"},
	}
	for _, a := range domain.SubmissionActions {
		out = append(out, Action{"submission." + string(a), a.Label() + " phản ánh, kiến nghị"})
	}
	return out
}

// Areas returns the areas of the log in the order the filter offers them.
func Areas() []Area { return areas }

// areaOf returns the area part of an action code: "program" of "program.add".
func areaOf(code string) string {
	area, _, _ := strings.Cut(code, ".")
	return area
}

// findArea returns the area with the code, if listed.
func findArea(code string) (Area, bool) {
	for _, a := range areas {
		if a.Code == code {
			return a, true
		}
	}
	return Area{}, false
}

// Known reports whether the code is in the list.
func Known(code string) bool {
	a, ok := findArea(areaOf(code))
	if !ok {
		return false
	}
	for _, act := range a.Actions {
		if act.Code == code {
			return true
		}
	}
	return false
}

// ActionLabel names an action in Vietnamese. A code the list does not know
// is still shown readably, never hidden: its area's name and the rest of the
// code in words ("Người dùng: archive"), or the code itself.
func ActionLabel(code string) string {
	area, ok := findArea(areaOf(code))
	if !ok {
		return code
	}
	for _, act := range area.Actions {
		if act.Code == code {
			return act.Label
		}
	}
	_, verb, _ := strings.Cut(code, ".")
	if verb == "" {
		return area.Label
	}
	return area.Label + ": " + strings.ReplaceAll(verb, "_", " ")
}
