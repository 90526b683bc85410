package report

import (
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

const meetingsTitle = "2. Thống kê số cuộc họp/Phiên họp của Ban Chỉ đạo/Thường trực Ban Chỉ đạo/lãnh đạo Ban Chỉ đạo với Thường trực Tổ Giúp việc và các cơ quan liên quan:"

// meetingsSection is part 2 of section I: how many meetings the steering
// committee held in the period and what for. Conclusions and tasks are kept for
// follow-up, not written here: the report states meetings and their purpose.
func meetingsSection(in Input) []Block {
	blocks := []Block{heading(2, meetingsTitle)}
	switch len(in.Meetings) {
	case 0:
		return append(blocks, paragraph(fmt.Sprintf("Trong %s, Ban chỉ đạo chưa tổ chức cuộc họp nào.", in.Period.Name())))
	case 1:
		m := in.Meetings[0]
		text := fmt.Sprintf("Trong %s, %s đã tổ chức 01 cuộc họp%s", in.Period.Name(), m.Kind.Subject(), meetingPurpose(m))
		return append(blocks, paragraph(withFullStop(text)))
	}
	blocks = append(blocks, paragraph(fmt.Sprintf("Trong %s, Ban chỉ đạo đã tổ chức %s cuộc họp, phiên họp:", in.Period.Name(), count(len(in.Meetings)))))
	for _, m := range in.Meetings {
		text := fmt.Sprintf("- Ngày %s, %s họp%s", shortDate(m.Date), m.Kind.Subject(), meetingPurpose(m))
		blocks = append(blocks, paragraph(withFullStop(text)))
	}
	return blocks
}

// meetingPurpose writes " với lãnh đạo các cơ quan, đơn vị để triển khai …".
func meetingPurpose(m domain.Meeting) string {
	s := ""
	if m.Participants != "" {
		s += " với " + m.Participants
	}
	if m.Content != "" {
		s += " để " + m.Content
	}
	return s
}
