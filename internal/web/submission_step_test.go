package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/submissions"
)

// TestBadStepInputChangesNothing sends each step with what is wrong with its
// form: the page comes back with 422, the message beside the field, the
// user's input kept, and the submission, its history and the audit log as
// they were.
func TestBadStepInputChangesNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		other := h.other.Org.ID
		cases := []struct {
			name   string
			login  string
			from   domain.SubmissionStatus
			action domain.SubmissionAction
			form   url.Values
			want   []string
		}{
			{"reject without a reason", "lanhdao", domain.SubmissionReceived, domain.ActionReject, url.Values{"note": {"Giữ lại lời này"}},
				[]string{`id="reject-reason-error"`, "Chọn lý do không tiếp nhận.", "Giữ lại lời này", `aria-invalid="true"`}},
			{"reject with a reason not on the list", "lanhdao", domain.SubmissionReceived, domain.ActionReject, url.Values{"reason": {"ghet"}},
				[]string{"Chọn lý do không tiếp nhận."}},
			{"another reason needs words", "quantri", domain.SubmissionAccepted, domain.ActionReject, url.Values{"reason": {"other"}},
				[]string{`id="reject-note-error"`, "Ghi rõ lý do khác"}},
			{"assign without a unit", "quantri", domain.SubmissionAccepted, domain.ActionAssign, url.Values{"unit": {"0"}},
				[]string{`id="assign-unit-error"`, "Chọn đơn vị xử lý trong danh sách."}},
			{"assign to another commune's unit", "quantri", domain.SubmissionAccepted, domain.ActionAssign, url.Values{"unit": {fmt.Sprint(otherUnit(t, h, other))}},
				[]string{"Chọn đơn vị xử lý trong danh sách."}},
			{"answer too short", "vanhoa", domain.SubmissionInProgress, domain.ActionAnswer, url.Values{"answer": {"Đã xử lý."}},
				[]string{`id="answer-text-error"`, "cần ít nhất 20 ký tự (hiện có 9)", "Đã xử lý."}},
			{"answer empty", "lanhdao", domain.SubmissionAssigned, domain.ActionAnswer, url.Values{"answer": {"  "}},
				[]string{"Nhập nội dung trả lời."}},
			{"extend without a reason", "quantri", domain.SubmissionAssigned, domain.ActionExtend, url.Values{"due": {"2026-04-20"}},
				[]string{`id="extend-note-error"`, "Nhập lý do gia hạn", `value="2026-04-20"`}},
			{"extend to the current deadline", "quantri", domain.SubmissionAssigned, domain.ActionExtend, url.Values{"due": {"31/03/2026"}, "extend_note": {"Chờ ý kiến huyện"}},
				[]string{`id="extend-due-error"`, "Hạn mới phải sau hạn hiện tại (31/03/2026).", "Chờ ý kiến huyện"}},
			{"extend to an earlier day", "lanhdao", domain.SubmissionAssigned, domain.ActionExtend, url.Values{"due": {"2026-03-25"}, "extend_note": {"Chờ ý kiến huyện"}},
				[]string{"Hạn mới phải sau hạn hiện tại"}},
			{"extend without a date", "lanhdao", domain.SubmissionAssigned, domain.ActionExtend, url.Values{"extend_note": {"Chờ ý kiến huyện"}},
				[]string{"Chọn hạn mới."}},
			{"extend to no date", "lanhdao", domain.SubmissionAssigned, domain.ActionExtend, url.Values{"due": {"31/02/2026"}, "extend_note": {"Chờ"}},
				[]string{"Ngày “31/02/2026” không đúng"}},
			{"extend by years", "lanhdao", domain.SubmissionAssigned, domain.ActionExtend, url.Values{"due": {"2030-01-01"}, "extend_note": {"Chờ"}},
				[]string{"không được quá một năm"}},
		}
		for i, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				sub := newSubmission(t, h, 100+i, tc.from, h.unitOf("vanhoa"))
				before, audits := snap(t, h, sub.ID), auditCount(t, h, "")
				r := h.as(tc.login).post(fmt.Sprintf("/submissions/%d/%s", sub.ID, tc.action), withVersion(t, h, sub.ID, tc.form))
				if r.status != http.StatusUnprocessableEntity {
					t.Fatalf("status %d, want 422\n%s", r.status, excerpt(r.body))
				}
				for _, w := range tc.want {
					if !strings.Contains(r.body, w) {
						t.Errorf("missing %q", w)
					}
				}
				if !before.same(snap(t, h, sub.ID)) || auditCount(t, h, "") != audits {
					t.Error("a refused step changed something")
				}
			})
		}
	})
}

func otherUnit(t *testing.T, h *harness, orgID int64) int64 {
	t.Helper()
	units, err := h.store.Units(t.Context(), orgID)
	must(t, err)
	return units[0].ID
}

// TestAnswerFlowReachesTheReport takes a submission recorded by phone
// through acceptance, assignment, the unit's answer and publication, then
// checks what each step set and that March's report counts it as answered
// on time.
func TestAnswerFlowReachesTheReport(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		admin, leader, staff := h.as("quantri"), h.as("lanhdao"), h.as("vanhoa")
		res := admin.post("/submissions", recordValues(map[string]string{"channel": "điện thoại", "received_at": "2026-03-26T15:30"}))
		if res.status != http.StatusSeeOther {
			t.Fatalf("record: %d\n%s", res.status, excerpt(res.body))
		}
		path := res.location
		step := func(c *client, action string, form url.Values) {
			t.Helper()
			if r := c.post(path+"/"+action, withVersion(t, h, loadByPath(t, h, path).ID, form)); r.status != http.StatusSeeOther {
				t.Fatalf("%s: %d\n%s", action, r.status, excerpt(r.body))
			}
		}
		step(leader, "accept", nil)
		sub := loadByPath(t, h, path)
		wantDue := submissions.EndOfDay(domain.Date(2026, 4, 17)) // 15 working days after Saturday 28/3
		if !sub.AcceptedAt.Equal(testNow) || !sub.DueAt.Equal(wantDue) {
			t.Errorf("accepted at %v due %v, want %v due %v", sub.AcceptedAt, sub.DueAt, testNow, wantDue)
		}
		step(admin, "assign", assignTo(h, "vanhoa"))
		if r := staff.get(path); r.status != http.StatusOK || !strings.Contains(r.body, "0987654321") {
			t.Fatalf("the unit's staff cannot read the assigned submission with its contact: %d", r.status)
		}
		step(staff, "start", nil)
		step(staff, "answer", answerForm)
		sub = loadByPath(t, h, path)
		if sub.Status != domain.SubmissionAnswered || !sub.AnsweredAt.Equal(testNow) || sub.AnsweredBy != "Lê Văn Nam" || sub.Answer != answerForm.Get("answer") {
			t.Fatalf("after the answer: %+v", sub)
		}
		step(leader, "publish", nil)
		if sub = loadByPath(t, h, path); !sub.PublishedAt.Equal(testNow) {
			t.Errorf("published at %v", sub.PublishedAt)
		}
		page := admin.get(path)
		for _, w := range []string{"Tiếp nhận hồ sơ", "Giao xử lý", "Bắt đầu xử lý", "Trả lời", "Công khai trả lời", "Lê Văn Nam", "Bùi Thị Hồng Chiên", "Giao Phòng VH-XH xử lý"} {
			if !strings.Contains(page.body, w) {
				t.Errorf("the history lacks %q", w)
			}
		}
		in, err := assemble.Input(t.Context(), h.store, h.org, domain.MonthPeriod(2026, 3), testNow)
		must(t, err)
		if len(in.Submissions) != 1 || !in.Submissions[0].AnsweredOnTime() {
			t.Fatalf("March's report input: %+v", in.Submissions)
		}
		text := reportText(report.Build(in))
		if !strings.Contains(text, "tiếp nhận 01 phản ánh, kiến nghị, sáng kiến, giải pháp (01 phản ánh) qua các kênh khác") ||
			!strings.Contains(text, "đã trả lời 01 (đều đúng hạn)") {
			t.Errorf("the report does not count the answer:\n%s", text)
		}
	})
}

// TestExtensionMovesTheDeadline checks that an extension sets the deadline to
// the end of the chosen day, keeps the status and records the reason.
func TestExtensionMovesTheDeadline(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		sub := newSubmission(t, h, 1, domain.SubmissionInProgress, h.unitOf("vanhoa"))
		r := h.as("lanhdao").post(fmt.Sprintf("/submissions/%d/extend", sub.ID), withVersion(t, h, sub.ID, extendForm))
		if r.status != http.StatusSeeOther {
			t.Fatalf("extend: %d\n%s", r.status, excerpt(r.body))
		}
		after := snap(t, h, sub.ID)
		if after.Sub.Status != domain.SubmissionInProgress || !after.Sub.DueAt.Equal(submissions.EndOfDay(domain.Date(2026, 4, 15))) {
			t.Errorf("after the extension: %s due %v", after.Sub.Status, after.Sub.DueAt)
		}
		events, err := h.store.SubmissionEvents(t.Context(), sub.ID)
		must(t, err)
		last := events[len(events)-1]
		if last.Action != domain.ActionExtend || last.Note != extendForm.Get("extend_note") || !last.DueAt.Equal(after.Sub.DueAt) || last.Actor != "Bùi Thị Hồng Chiên" {
			t.Errorf("the extension's event: %+v", last)
		}
		log, err := h.store.AuditLog(t.Context(), h.org.ID, 10, 0)
		must(t, err)
		if log[0].Action != "submission.extend" || log[0].Reason != extendForm.Get("extend_note") || !strings.Contains(log[0].After, "15/04/2026") {
			t.Errorf("the audit entry: %+v", log[0])
		}
	})
}

func loadByPath(t *testing.T, h *harness, path string) domain.Submission {
	t.Helper()
	var id int64
	if _, err := fmt.Sscanf(path, "/submissions/%d", &id); err != nil {
		t.Fatalf("no submission in %q", path)
	}
	sub, err := h.store.SubmissionByID(t.Context(), h.org.ID, id)
	must(t, err)
	return sub
}

func reportText(m report.Model) string {
	var b strings.Builder
	for _, block := range m.Body {
		b.WriteString(block.Text())
		b.WriteString("\n")
	}
	return b.String()
}

// recordValues is a valid form of a submission recorded by an official, with
// some fields replaced.
func recordValues(over map[string]string) url.Values {
	v := url.Values{
		"channel": {"văn bản giấy"}, "received_at": {"2026-03-27T10:00"}, "kind": {"phan_anh"}, "field": {"Hạ tầng số"},
		"title":       {"Sóng điện thoại yếu ở thôn Tây"},
		"content":     {"Người dân thôn Tây phản ánh sóng điện thoại di động rất yếu, không gọi được khi cần."},
		"sender_name": {"Trần Thị Bình"}, "sender_address": {"Thôn Tây, xã Xuân Hưng"},
		"sender_phone": {"0987 654 321"}, "sender_email": {""}, "sender_national_id": {""},
	}
	for k, val := range over {
		v.Set(k, val)
	}
	return v
}
