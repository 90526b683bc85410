package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// stepCase is one attempt at a workflow step through the routes: who, on a
// submission in which status (assigned to which staff account's unit), with
// which form, and what must come back. Each case gets a fresh submission.
type stepCase struct {
	login  string
	action domain.SubmissionAction
	from   domain.SubmissionStatus
	unitOf string // the staff login whose unit the submission is assigned to; "" for none
	form   url.Values
	status int
	to     domain.SubmissionStatus // the status after a 303
	want   string                  // in the body of a refusal
}

var (
	rejectForm = url.Values{"reason": {"out_of_scope"}, "note": {"Việc của huyện, không thuộc thẩm quyền xã."}}
	answerForm = url.Values{"answer": {"Xã đã làm việc với nhà mạng; đường truyền đã ổn định từ ngày 27/3."}}
	extendForm = url.Values{"due": {"2026-04-15"}, "extend_note": {"Cần khảo sát thực địa cùng nhà mạng."}}
)

func assignTo(h *harness, login string) url.Values {
	return url.Values{"unit": {itoa(h.unitOf(login))}}
}

// TestWorkflowStepsByRole walks the transition table through the routes,
// both ways: every step each role may take from the statuses that matter,
// and the refusals (403 for a role that may never take it, 409 for a status
// it does not apply to, 404 for another unit's submission). A refused step
// changes nothing and writes no audit entry.
func TestWorkflowStepsByRole(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		assign := assignTo(h, "vanphong")
		cases := []stepCase{
			// accept: admin and leader, from received only.
			{"quantri", domain.ActionAccept, domain.SubmissionReceived, "", nil, 303, domain.SubmissionAccepted, ""},
			{"lanhdao", domain.ActionAccept, domain.SubmissionReceived, "", nil, 303, domain.SubmissionAccepted, ""},
			{"vanhoa", domain.ActionAccept, domain.SubmissionReceived, "vanhoa", nil, 403, "", "không được tiếp nhận"},
			{"quantri", domain.ActionAccept, domain.SubmissionAccepted, "", nil, 409, "", "không thể tiếp nhận"},
			{"lanhdao", domain.ActionAccept, domain.SubmissionPublished, "vanhoa", nil, 409, "", "Đã công khai trả lời"},
			// reject: admin and leader, from received or accepted.
			{"quantri", domain.ActionReject, domain.SubmissionReceived, "", rejectForm, 303, domain.SubmissionRejected, ""},
			{"lanhdao", domain.ActionReject, domain.SubmissionAccepted, "", rejectForm, 303, domain.SubmissionRejected, ""},
			{"vanhoa", domain.ActionReject, domain.SubmissionAssigned, "vanhoa", rejectForm, 403, "", "không được từ chối"},
			{"lanhdao", domain.ActionReject, domain.SubmissionAssigned, "vanhoa", rejectForm, 409, "", "không thể từ chối"},
			{"quantri", domain.ActionReject, domain.SubmissionRejected, "", rejectForm, 409, "", ""},
			// assign: admin and leader, from accepted, assigned or in progress.
			{"quantri", domain.ActionAssign, domain.SubmissionAccepted, "", assign, 303, domain.SubmissionAssigned, ""},
			{"lanhdao", domain.ActionAssign, domain.SubmissionInProgress, "vanhoa", assign, 303, domain.SubmissionAssigned, ""},
			{"lanhdao", domain.ActionAssign, domain.SubmissionAssigned, "vanhoa", assign, 303, domain.SubmissionAssigned, ""},
			{"vanhoa", domain.ActionAssign, domain.SubmissionAssigned, "vanhoa", assign, 403, "", ""},
			{"quantri", domain.ActionAssign, domain.SubmissionReceived, "", assign, 409, "", "không thể giao xử lý"},
			{"lanhdao", domain.ActionAssign, domain.SubmissionAnswered, "vanhoa", assign, 409, "", ""},
			// start: admin, leader and the unit's staff, from assigned.
			{"vanhoa", domain.ActionStart, domain.SubmissionAssigned, "vanhoa", nil, 303, domain.SubmissionInProgress, ""},
			{"lanhdao", domain.ActionStart, domain.SubmissionAssigned, "vanhoa", nil, 303, domain.SubmissionInProgress, ""},
			{"quantri", domain.ActionStart, domain.SubmissionAssigned, "vanphong", nil, 303, domain.SubmissionInProgress, ""},
			{"vanhoa", domain.ActionStart, domain.SubmissionInProgress, "vanhoa", nil, 409, "", ""},
			{"quantri", domain.ActionStart, domain.SubmissionAccepted, "", nil, 409, "", ""},
			// answer: admin, leader and the unit's staff, from assigned or in progress.
			{"vanhoa", domain.ActionAnswer, domain.SubmissionInProgress, "vanhoa", answerForm, 303, domain.SubmissionAnswered, ""},
			{"vanphong", domain.ActionAnswer, domain.SubmissionAssigned, "vanphong", answerForm, 303, domain.SubmissionAnswered, ""},
			{"quantri", domain.ActionAnswer, domain.SubmissionAssigned, "vanhoa", answerForm, 303, domain.SubmissionAnswered, ""},
			{"lanhdao", domain.ActionAnswer, domain.SubmissionInProgress, "vanhoa", answerForm, 303, domain.SubmissionAnswered, ""},
			{"vanhoa", domain.ActionAnswer, domain.SubmissionAnswered, "vanhoa", answerForm, 409, "", ""},
			{"quantri", domain.ActionAnswer, domain.SubmissionAccepted, "", answerForm, 409, "", ""},
			// publish: the leader only, from answered.
			{"lanhdao", domain.ActionPublish, domain.SubmissionAnswered, "vanhoa", nil, 303, domain.SubmissionPublished, ""},
			{"quantri", domain.ActionPublish, domain.SubmissionAnswered, "vanhoa", nil, 403, "", "không được công khai trả lời"},
			{"vanhoa", domain.ActionPublish, domain.SubmissionAnswered, "vanhoa", nil, 403, "", ""},
			{"lanhdao", domain.ActionPublish, domain.SubmissionPublished, "vanhoa", nil, 409, "", ""},
			{"lanhdao", domain.ActionPublish, domain.SubmissionInProgress, "vanhoa", nil, 409, "", ""},
			// extend: admin and leader, while the submission is open.
			{"quantri", domain.ActionExtend, domain.SubmissionReceived, "", extendForm, 303, domain.SubmissionReceived, ""},
			{"lanhdao", domain.ActionExtend, domain.SubmissionInProgress, "vanhoa", extendForm, 303, domain.SubmissionInProgress, ""},
			{"vanhoa", domain.ActionExtend, domain.SubmissionAssigned, "vanhoa", extendForm, 403, "", ""},
			{"quantri", domain.ActionExtend, domain.SubmissionAnswered, "vanhoa", extendForm, 409, "", ""},
			{"lanhdao", domain.ActionExtend, domain.SubmissionRejected, "", extendForm, 409, "", ""},
			// unit staff never reach another unit's submission, nor an unassigned one.
			{"vanphong", domain.ActionStart, domain.SubmissionAssigned, "vanhoa", nil, 404, "", ""},
			{"vanphong", domain.ActionAnswer, domain.SubmissionInProgress, "vanhoa", answerForm, 404, "", ""},
			{"vanhoa", domain.ActionStart, domain.SubmissionReceived, "", nil, 404, "", ""},
			// a viewer has no inbox at all.
			{"xem", domain.ActionStart, domain.SubmissionAssigned, "vanhoa", nil, 403, "", ""},
		}
		clients := map[string]*client{}
		for i, tc := range cases {
			name := fmt.Sprintf("%s %s from %s (%d)", tc.login, tc.action, tc.from, tc.status)
			t.Run(name, func(t *testing.T) {
				c, ok := clients[tc.login]
				if !ok {
					c = h.as(tc.login)
					clients[tc.login] = c
				}
				var unit int64
				if tc.unitOf != "" {
					unit = h.unitOf(tc.unitOf)
				}
				sub := newSubmission(t, h, 10+i, tc.from, unit)
				before, audits := snap(t, h, sub.ID), auditCount(t, h, "submission.")
				res := c.post(fmt.Sprintf("/submissions/%d/%s", sub.ID, tc.action), withVersion(t, h, sub.ID, tc.form))
				if res.status != tc.status {
					t.Fatalf("status %d, want %d\n%s", res.status, tc.status, excerpt(res.body))
				}
				after := snap(t, h, sub.ID)
				if tc.status != http.StatusSeeOther {
					if tc.want != "" && !strings.Contains(res.body, tc.want) {
						t.Errorf("the refusal does not say %q\n%s", tc.want, excerpt(res.body))
					}
					if !before.same(after) || auditCount(t, h, "submission.") != audits {
						t.Errorf("a refused step changed the submission or the audit log:\nbefore %+v\nafter  %+v", before, after)
					}
					return
				}
				if res.location != fmt.Sprintf("/submissions/%d", sub.ID) {
					t.Errorf("redirect to %q", res.location)
				}
				if after.Sub.Status != tc.to || after.Events != before.Events+1 {
					t.Errorf("after %s: status %s with %d events, want %s with %d", tc.action, after.Sub.Status, after.Events, tc.to, before.Events+1)
				}
				if auditCount(t, h, "submission."+string(tc.action)) == 0 {
					t.Errorf("no audit entry for %s", tc.action)
				}
			})
		}
	})
}

func TestUnknownStepAndAnonymousAreRefused(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		sub := newSubmission(t, h, 1, domain.SubmissionReceived, 0)
		before := snap(t, h, sub.ID)
		if r := h.as("quantri").post(fmt.Sprintf("/submissions/%d/delete", sub.ID), nil); r.status != http.StatusNotFound {
			t.Errorf("an unknown step: %d, want 404", r.status)
		}
		if r := h.anonymous().post(fmt.Sprintf("/submissions/%d/accept", sub.ID), nil); r.status != http.StatusSeeOther || !strings.Contains(r.location, "/login") {
			t.Errorf("anonymous step: %d to %q, want a redirect to sign in", r.status, r.location)
		}
		if r := h.anonymous().get(fmt.Sprintf("/submissions/%d", sub.ID)); r.status != http.StatusSeeOther || strings.Contains(r.body, sub.SenderPhone) {
			t.Errorf("anonymous read: %d", r.status)
		}
		if !before.same(snap(t, h, sub.ID)) {
			t.Error("a refused request changed the submission")
		}
	})
}
