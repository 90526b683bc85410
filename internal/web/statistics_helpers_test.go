package web

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// statsRun seeds the statistics submissions, then runs the scenarios that
// build returns on every engine.
func statsRun(t *testing.T, build func(h *harness) []scenario) {
	eachHarness(t, func(t *testing.T, h *harness) {
		statsSeed(t, h)
		runScenariosOn(t, h, build(h))
	})
}

// statsVN is a moment of 2026 in Vietnam's time.
func statsVN(m time.Month, d, hour int) time.Time {
	return time.Date(2026, m, d, hour, 0, 0, 0, domain.Vietnam)
}

// statsUnit finds a demo unit by its short name.
func statsUnit(t *testing.T, h *harness, short string) domain.Unit {
	t.Helper()
	units, err := h.store.Units(t.Context(), h.org.ID)
	must(t, err)
	for _, u := range units {
		if u.ShortName == short {
			return u
		}
	}
	t.Fatalf("no unit %q", short)
	return domain.Unit{}
}

// statsSeed stores five submissions in Xuân Hưng — two answered on time
// (in 8 and 7 days), one answered late (in 17 days), one overdue, one
// rejected — and three in Xuân Hòa that must never be counted.
//
// Figures from 2026-01 to 2026-03 at the test clock (28/3/2026): received 5,
// answered 3, on time 2 (66,7 %), median 8 days, overdue 1, rejected 1.
func statsSeed(t *testing.T, h *harness) {
	t.Helper()
	vh, vp := statsUnit(t, h, "Phòng VH-XH").ID, statsUnit(t, h, "VP HĐND - UBND").ID
	base := func(title string, kind domain.SubmissionKind, received time.Time) domain.Submission {
		return domain.Submission{OrgID: h.org.ID, Kind: kind, Channel: domain.ChannelPakn, Field: "Chuyển đổi số",
			Title: title, Content: "Nội dung phản ánh, kiến nghị để kiểm tra trang thống kê của xã.",
			SenderName: "Trần Thị Bình", SenderAddress: "Thôn Bắc, xã Xuân Hưng", SenderPhone: "0987654321", ReceivedAt: received}
	}
	answered := func(s domain.Submission, unit int64, due, at time.Time) domain.Submission {
		s.Status, s.AssignedUnitID, s.DueAt, s.AnsweredAt, s.AcceptedAt, s.Answer = domain.SubmissionAnswered, unit, due, at, s.ReceivedAt, "Đã xử lý."
		return s
	}
	s4 := base("Đường thôn Nam chưa có đèn chiếu sáng", domain.KindFeedback, statsVN(3, 2, 8))
	s4.Status, s4.AssignedUnitID, s4.DueAt = domain.SubmissionInProgress, vp, statsVN(3, 16, 23)
	s5 := base("Đề nghị không thuộc thẩm quyền của xã", domain.KindRecommendation, statsVN(3, 6, 8))
	s5.Status, s5.DueAt = domain.SubmissionRejected, statsVN(3, 9, 23)
	subs := []domain.Submission{
		answered(base("Đề nghị mở lớp kỹ năng số cho người cao tuổi", domain.KindRecommendation, statsVN(2, 5, 8)), vp, statsVN(2, 25, 23), statsVN(2, 12, 10)),
		answered(base("Phản ánh sóng di động yếu ở thôn Đông", domain.KindFeedback, statsVN(2, 3, 8)), vh, statsVN(2, 10, 23), statsVN(2, 20, 10)),
		answered(base("Sáng kiến số hóa hồ sơ hộ tịch cũ", domain.KindInitiative, statsVN(3, 2, 8)), vh, statsVN(3, 20, 23), statsVN(3, 10, 10)),
		s4, s5,
	}
	for i := range subs {
		statsCreate(t, h, &subs[i])
	}
	for _, title := range []string{"Bí mật của Xuân Hòa số một", "Bí mật của Xuân Hòa số hai", "Bí mật của Xuân Hòa số ba"} {
		s := base(title, domain.KindFeedback, statsVN(3, 1, 8))
		s.OrgID, s.Status, s.DueAt = h.other.Org.ID, domain.SubmissionReceived, statsVN(3, 4, 23)
		statsCreate(t, h, &s)
	}
}

func statsCreate(t *testing.T, h *harness, s *domain.Submission) {
	t.Helper()
	ev := domain.SubmissionEvent{At: s.ReceivedAt, Actor: "Người gửi", To: s.Status, DueAt: s.DueAt}
	must(t, h.store.CreateSubmission(t.Context(), s, nil, ev))
}
