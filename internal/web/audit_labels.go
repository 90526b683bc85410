package web

// auditLabels names the actions of the audit log in Vietnamese. An action
// not listed is shown by its code, so a new kind of change is never hidden.
var auditLabels = map[string]string{
	"user.add":             "Thêm người dùng",
	"user.password":        "Đổi mật khẩu",
	"user.reset_password":  "Đặt lại mật khẩu",
	"unit.add":             "Thêm cơ quan, đơn vị",
	"unit.edit":            "Sửa tên cơ quan, đơn vị",
	"report.settings":      "Sửa nội dung báo cáo",
	"report.defaults":      "Sửa thiết lập chung của báo cáo",
	"report.issue":         "Ban hành báo cáo",
	"period.unlock":        "Mở khóa số liệu",
	"progress.save":        "Nhập số liệu",
	"program.save":         "Sửa chương trình",
	"program.add":          "Tạo chương trình",
	"program.edit":         "Sửa chương trình",
	"program.group_add":    "Thêm nhóm tiêu chí",
	"program.group_rename": "Đổi tên nhóm tiêu chí",
	"program.group_delete": "Xóa nhóm tiêu chí",
	"program.import":       "Nhập chương trình từ Excel",
	"criterion.add":        "Thêm tiêu chí",
	"criterion.edit":       "Sửa tiêu chí",
	"criterion.move":       "Đổi thứ tự tiêu chí",
	"criterion.delete":     "Xóa tiêu chí",
	"meeting.save":         "Ghi cuộc họp",
	"meeting.create":       "Ghi cuộc họp mới",
	"meeting.update":       "Sửa cuộc họp",
	"task.save":            "Cập nhật nhiệm vụ",
	"task.add":             "Giao nhiệm vụ",
	"task.status":          "Cập nhật tình trạng nhiệm vụ",
}

func auditLabel(action string) string {
	if label, ok := auditLabels[action]; ok {
		return label
	}
	return action
}
