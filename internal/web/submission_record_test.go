package web

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

func inboxTotal(t *testing.T, h *harness) int {
	t.Helper()
	_, total, err := h.store.Inbox(t.Context(), h.org.ID, domain.SubmissionFilter{})
	must(t, err)
	return total
}

// TestRecordedSubmissionFromAnotherChannel records a letter received the day
// before: it keeps its channel and receipt time, its deadline to accept runs
// from that time, the official is the first step of its history, and the
// audit log has it.
func TestRecordedSubmissionFromAnotherChannel(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin := h.as("quantri")
		if r := admin.get("/submissions/new"); r.status != http.StatusOK || !strings.Contains(r.body, `value="2026-03-28T09:00"`) || !strings.Contains(r.body, "văn bản giấy") {
			t.Fatalf("the form: %d, the receipt time should default to now\n%s", r.status, excerpt(r.body))
		}
		r := admin.post("/submissions", recordValues(nil))
		if r.status != http.StatusSeeOther || !strings.HasPrefix(r.location, "/submissions/") {
			t.Fatalf("record: %d %q\n%s", r.status, r.location, excerpt(r.body))
		}
		sub := loadByPath(t, h, r.location)
		received := time.Date(2026, 3, 27, 10, 0, 0, 0, domain.Vietnam)
		// 3 working days after Friday 27/3: Monday 30, Tuesday 31, Wednesday 1/4.
		if sub.Channel != domain.ChannelPaper || !sub.ReceivedAt.Equal(received) || sub.Status != domain.SubmissionReceived ||
			!sub.DueAt.Equal(submissions.EndOfDay(domain.Date(2026, 4, 1))) || sub.SenderPhone != "0987654321" || !strings.HasPrefix(sub.TrackingCode, "NQ57-") {
			t.Errorf("recorded: %+v", sub)
		}
		events, err := h.store.SubmissionEvents(t.Context(), sub.ID)
		must(t, err)
		if len(events) != 1 || events[0].Actor != "Nguyễn Văn Quản" || events[0].To != domain.SubmissionReceived || !strings.Contains(events[0].Note, "văn bản giấy") {
			t.Errorf("first event: %+v", events)
		}
		if auditCount(t, h, "submission.record") != 1 {
			t.Error("no audit entry for the recording")
		}
		if page := admin.get(r.location); !strings.Contains(page.body, sub.TrackingCode) || !strings.Contains(page.body, "Báo mã này cho người gửi") {
			t.Error("the flash does not give the tracking code")
		}

		// The same sender about the same matter again, by phone: flagged, stored.
		again := recordValues(map[string]string{"channel": "điện thoại", "received_at": "2026-03-28T08:00", "sender_phone": "0987654321",
			"title": "Sóng điện thoại yếu ở thôn Tây, nhắc lại"})
		r = admin.post("/submissions", again)
		if r.status != http.StatusSeeOther {
			t.Fatalf("record again: %d\n%s", r.status, excerpt(r.body))
		}
		if second := loadByPath(t, h, r.location); second.DuplicateOfID != sub.ID {
			t.Errorf("the near-duplicate is not flagged: duplicate of %d, want %d", second.DuplicateOfID, sub.ID)
		}
		if page := admin.get(r.location); !strings.Contains(page.body, "Có thể trùng với") {
			t.Error("the flag is not shown")
		}

		// Unit staff may record; the new submission is not yet theirs to see.
		r = h.as("vanhoa").post("/submissions", recordValues(map[string]string{"sender_phone": "0977000111", "title": "Đèn đường thôn Nam không sáng",
			"content": "Đèn đường ở thôn Nam hỏng từ đầu tháng, buổi tối đi lại rất nguy hiểm."}))
		if r.status != http.StatusSeeOther || r.location != "/submissions" {
			t.Errorf("staff record: %d to %q, want the inbox", r.status, r.location)
		}
		if inboxTotal(t, h) != 3 {
			t.Errorf("%d submissions stored, want 3", inboxTotal(t, h))
		}
	})
}

// TestBadRecordedSubmissionStoresNothing sends forms each wrong in one way.
func TestBadRecordedSubmissionStoresNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		cases := []struct {
			name string
			over map[string]string
			want []string
		}{
			{"no channel", map[string]string{"channel": ""}, []string{`id="channel-error"`, "Chọn kênh tiếp nhận"}},
			{"a channel not on the list", map[string]string{"channel": "bồ câu"}, []string{"Chọn kênh tiếp nhận"}},
			{"received in the future", map[string]string{"received_at": "2026-03-29T09:00"}, []string{`id="received_at-error"`, "không thể sau lúc này"}},
			{"received at no time", map[string]string{"received_at": "hôm qua"}, []string{"Thời điểm “hôm qua” không đúng"}},
			{"no receipt time", map[string]string{"received_at": ""}, []string{"Nhập thời điểm tiếp nhận."}},
			{"no kind", map[string]string{"kind": ""}, []string{`id="kind-error"`, "Chọn loại"}},
			{"a short title", map[string]string{"title": "Sóng yếu"}, []string{`id="title-error"`, "Tiêu đề quá ngắn"}},
			{"no content", map[string]string{"content": ""}, []string{`id="content-error"`, "Nội dung không được để trống"}},
			{"no way to answer", map[string]string{"sender_phone": "", "sender_email": ""}, []string{`id="sender_phone-error"`, "Cần số điện thoại hoặc thư điện tử"}},
			{"a bad e-mail", map[string]string{"sender_email": "binh@"}, []string{`id="sender_email-error"`, "không đúng"}},
			{"a bad national ID", map[string]string{"sender_national_id": "12345"}, []string{`id="sender_national_id-error"`, "12 chữ số"}},
			{"no name", map[string]string{"sender_name": ""}, []string{`id="sender_name-error"`, "Họ tên người gửi không được để trống"}},
			{"a long field", map[string]string{"field": strings.Repeat("lĩnh vực ", 20)}, []string{`id="field-error"`, "Lĩnh vực quá dài"}},
		}
		admin := h.as("quantri")
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := admin.post("/submissions", recordValues(tc.over))
				if r.status != http.StatusUnprocessableEntity {
					t.Fatalf("status %d, want 422\n%s", r.status, excerpt(r.body))
				}
				for _, w := range append(tc.want, `aria-invalid="true"`, `value="Thôn Tây, xã Xuân Hưng"`) {
					if !strings.Contains(r.body, w) {
						t.Errorf("missing %q", w)
					}
				}
			})
		}
		if n := inboxTotal(t, h); n != 0 || auditCount(t, h, "submission.") != 0 {
			t.Errorf("refused forms stored %d submissions", n)
		}
	})
}

func TestRecordRoutesByRole(t *testing.T) {
	t.Parallel()
	runScenarios(t, []scenario{
		{name: "leader opens the form", login: "lanhdao", path: "/submissions/new", status: http.StatusOK, want: []string{"Ghi nhận phản ánh, kiến nghị từ kênh khác", `name="channel"`}},
		{name: "staff open the form", login: "vanphong", path: "/submissions/new", status: http.StatusOK},
		{name: "viewer may not record", login: "xem", path: "/submissions/new", status: http.StatusForbidden},
		{name: "viewer may not post", login: "xem", method: http.MethodPost, path: "/submissions", form: recordValues(nil), status: http.StatusForbidden},
		{name: "anonymous is sent to sign in", path: "/submissions/new", status: http.StatusSeeOther, want: []string{"/login"}},
		{name: "anonymous post", method: http.MethodPost, path: "/submissions", form: recordValues(nil), status: http.StatusSeeOther, want: []string{"/login"}},
	})
}
