package demo

import (
	"math/rand/v2"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// communeMeetings are a demo commune's meetings of the first quarter: the
// steering committee's in March, with two tasks, and for half the communes
// (and every one ahead) a meeting of its standing members in January that
// launched the year's program.
func communeMeetings(org domain.Org, p pace, r *rand.Rand) []domain.Meeting {
	word := org.Type.Label()
	march := domain.Meeting{
		OrgID:        org.ID,
		Date:         workday(2026, time.March, 3+r.IntN(16)),
		Kind:         domain.MeetingCommittee,
		Chair:        "Bí thư Đảng ủy " + word + ", Trưởng Ban Chỉ đạo",
		Participants: "thành viên Ban Chỉ đạo, lãnh đạo các cơ quan, đơn vị",
		Content:      "đánh giá kết quả thực hiện Chương trình công tác năm 2026 tháng 1 và tháng 2, triển khai nhiệm vụ quý I",
		Conclusions:  "Các cơ quan, đơn vị tập trung hoàn thành các chỉ tiêu quý I; cập nhật số liệu trước ngày 25 hằng tháng",
		Tasks: []domain.Task{
			{Title: "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2", UnitText: "Công an " + word, Deadline: domain.Date(2026, time.March, 31), Status: domain.TaskDone, DoneAt: domain.Date(2026, time.March, 26)},
			{Title: "Rà soát hạ tầng mạng, máy tính tại bộ phận một cửa", UnitText: "VP HĐND - UBND", Deadline: domain.Date(2026, time.April, 10), Status: domain.TaskOpen},
		},
	}
	if p != paceAhead && r.IntN(2) == 0 {
		return []domain.Meeting{march}
	}
	january := domain.Meeting{
		OrgID:        org.ID,
		Date:         workday(2026, time.January, 12+r.IntN(10)),
		Kind:         domain.MeetingStanding,
		Chair:        "Phó Bí thư Đảng ủy " + word + ", Phó Trưởng Ban Chỉ đạo",
		Participants: "Thường trực Ban Chỉ đạo, Tổ giúp việc",
		Content:      "triển khai Chương trình công tác năm 2026 của Ban Chỉ đạo, phân công cơ quan chủ trì từng chỉ tiêu",
		Conclusions:  "Giao Văn phòng HĐND - UBND tổng hợp số liệu hằng tháng, báo cáo Ban Chỉ đạo",
	}
	return []domain.Meeting{january, march}
}

// workday returns the day, or the Monday after it when it falls on a
// weekend.
func workday(year int, month time.Month, day int) time.Time {
	d := domain.Date(year, month, day)
	switch d.Weekday() {
	case time.Saturday:
		return d.AddDate(0, 0, 2)
	case time.Sunday:
		return d.AddDate(0, 0, 1)
	}
	return d
}
