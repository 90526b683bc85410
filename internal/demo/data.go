// Package demo holds the demo commune of the seed report (Xuân Hưng, Ninh Bình,
// March 2026), the demo accounts, and twelve more communes of Ninh Bình made
// up from it (dữ liệu mẫu), and loads them into a store.
package demo

import (
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// Codes of the demo organisations.
const (
	ProvinceCode = "ninh-binh"
	CommuneCode  = "xuan-hung"
)

func province() domain.Org {
	return domain.Org{Code: ProvinceCode, OfficialCode: "37", Name: "Ninh Bình", Level: domain.LevelProvince}
}

// commune is Xuân Hưng, formed in 2025 from Xuân Vinh, Trà Lũ and Thọ Nghiệp.
// Its official code (QĐ 19/2025/QĐ-TTg) is left blank: we could not check it.
func commune(provinceID int64) domain.Org {
	return domain.Org{ParentID: provinceID, Code: CommuneCode, Name: "Xuân Hưng", Level: domain.LevelCommune, Type: domain.TypeXa}
}

func units(orgID int64) []domain.Unit {
	list := []struct{ code, name, short string }{
		{"vpdu", "Văn phòng Đảng ủy", "VPĐU"},
		{"vp-hdnd-ubnd", "Văn phòng HĐND - UBND", "VP HĐND - UBND"},
		{"vh-xh", "Phòng Văn hóa - Xã hội", "Phòng VH-XH"},
		{"kinh-te", "Phòng Kinh tế", "Phòng Kinh tế"},
		{"tt-phvhcc", "Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính công xã"},
		{"ubkt", "Ủy ban Kiểm tra Đảng ủy", "Ủy ban Kiểm tra Đảng ủy"},
		{"cong-an", "Công an xã", "Công an xã"},
		{"tram-y-te", "Trạm Y tế xã", "Trạm Y tế xã"},
		{"doan-tn", "Đoàn Thanh niên xã", "Đoàn Thanh niên xã"},
		{"mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban MTTQ xã"},
		{"buu-dien", "Bưu điện xã Xuân Hưng", "Bưu điện xã"},
		{"vnpt", "VNPT Ninh Bình", "VNPT Ninh Bình"},
		{"viettel", "Viettel Ninh Bình", "Viettel Ninh Bình"},
		{"th-xuan-vinh", "Trường Tiểu học Xuân Vinh", "Trường TH Xuân Vinh"},
		{"thcs-xuan-hung", "Trường THCS Xuân Hưng", "Trường THCS Xuân Hưng"},
	}
	out := make([]domain.Unit, len(list))
	for i, u := range list {
		out[i] = domain.Unit{OrgID: orgID, Code: u.code, Name: u.name, ShortName: u.short}
	}
	return out
}

func program(orgID int64) domain.Program {
	return domain.Program{
		OrgID:       orgID,
		Number:      "02-CTr/BCĐ",
		Date:        domain.Date(2026, time.February, 4),
		IssuingBody: "Ban chỉ đạo chuyển đổi số xã Xuân Hưng",
		Title:       "Chương trình công tác năm 2026",
		Year:        2026,
	}
}

// meeting is the March 2026 meeting of the seed's section 2. Its date, chair,
// conclusions and tasks are not in the seed; they are plausible demo values.
func meeting(orgID int64) domain.Meeting {
	day := domain.Date(2026, time.March, 12)
	return domain.Meeting{
		OrgID:        orgID,
		Date:         day,
		Kind:         domain.MeetingCommittee,
		Chair:        "Bí thư Đảng ủy xã, Trưởng Ban Chỉ đạo",
		Participants: "lãnh đạo các cơ quan, đơn vị",
		Content:      "triển khai chương trình hành động của Ban chỉ đạo, giao nhiệm vụ cho các cơ quan đơn vị có phương án phối hợp triển khai hoàn thành các chỉ tiêu đã đặt ra",
		Conclusions:  "Các cơ quan, đơn vị xây dựng phương án phối hợp, hoàn thành các chỉ tiêu quý I trước ngày 31/3/2026",
		Tasks: []domain.Task{
			{Title: "Rà soát, báo cáo tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", UnitText: "VP HĐND - UBND", Deadline: domain.Date(2026, time.March, 31), Status: domain.TaskDone, DoneAt: domain.Date(2026, time.March, 27)},
			{Title: "Thành lập Tổ công nghệ số cộng đồng ở các thôn, xóm còn thiếu", UnitText: "Phòng VH-XH", Deadline: domain.Date(2026, time.April, 15), Status: domain.TaskOpen},
		},
	}
}

func settings(orgID int64) domain.ReportSettings {
	return domain.ReportSettings{
		OrgID:           orgID,
		Kind:            domain.ReportKindNQ57Monthly,
		Style:           domain.PartyDocument,
		SuperiorBody:    "Đảng bộ tỉnh Ninh Bình",
		IssuingBody:     "Đảng ủy xã Xuân Hưng",
		Place:           "Xuân Hưng",
		Symbol:          "BC/ĐU",
		Basis:           "Công văn số 202-CV/UBKTTU, ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình về việc báo cáo tình hình thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số Quốc gia (gọi tắt là Nghị quyết số 57-NQ/TW)",
		Reporter:        "Ban Thường vụ Đảng ủy xã Xuân Hưng",
		Closer:          "Đảng uỷ xã Xuân Hưng",
		Receiver:        "UBND xã",
		Recipients:      []string{"Ủy Ban Kiểm tra tỉnh uỷ,", "Ban Thường vụ Đảng uỷ,", "Lưu VPĐU."},
		Authority:       "T/M BAN THƯỜNG VỤ",
		Position:        "PHÓ BÍ THƯ",
		Signer:          "Bùi Thị Hồng Chiên",
		Assessment:      "Đảng ủy xã bám sát tình hình thực tế địa phương, chủ động ban hành các kế hoạch, chương trình công tác; đề xuất nhiệm vụ, xác định rõ mục tiêu, rõ trách nhiệm của các tập thể và những nhiệm vụ trọng tâm, cốt lõi cần tập trung chỉ đạo, bố trí nguồn lực thực hiện, tạo hành lang pháp lý để các cơ quan, đơn vị trên địa bàn tổ chức thực hiện Nghị quyết 57-NQ/TW. Ban Chỉ đạo chủ động chỉ đạo các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ theo Chương trình đã ban hành.",
		Recommendations: "Không",
	}
}
