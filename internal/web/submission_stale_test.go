package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// pageVersion opens a submission's page as the client and returns the
// version its step forms carry.
func pageVersion(t *testing.T, c *client, id int64) string {
	t.Helper()
	res := c.get(fmt.Sprintf("/submissions/%d", id))
	if res.status != http.StatusOK {
		t.Fatalf("page of submission %d: %d", id, res.status)
	}
	return formVersionOf(t, res)
}

// TestTwoOfficialsExtendingOneSubmission has a leader and an administrator
// open the same submission's page; the leader extends its deadline, then the
// administrator, whose page still shows the old deadline, extends it too. The
// second is refused with 409: the page shows the submission as the leader
// left it, who extended it, when and to which day, and keeps what the
// administrator typed; nothing of the second extension is written.
func TestTwoOfficialsExtendingOneSubmission(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		sub := newSubmission(t, h, 1, domain.SubmissionInProgress, h.unitOf("vanhoa"))
		leader, admin := h.as("lanhdao"), h.as("quantri")
		path := fmt.Sprintf("/submissions/%d/extend", sub.ID)
		seenByLeader, seenByAdmin := pageVersion(t, leader, sub.ID), pageVersion(t, admin, sub.ID)

		first := url.Values{"version": {seenByLeader}, "due": {"2026-04-15"}, "extend_note": {"Chờ ý kiến của Sở Thông tin."}}
		if r := leader.post(path, first); r.status != http.StatusSeeOther {
			t.Fatalf("the leader's extension: %d\n%s", r.status, excerpt(r.body))
		}
		second := url.Values{"version": {seenByAdmin}, "due": {"2026-04-30"}, "extend_note": {"Lý do của quản trị viên."}}
		r := admin.post(path, second)
		if r.status != http.StatusConflict {
			t.Fatalf("the administrator's extension from the older page: %d, want 409\n%s", r.status, excerpt(r.body))
		}
		body := htmlText(r.body)
		for _, want := range []string{"vừa được Bùi Thị Hồng Chiên sửa", "Gia hạn: Đang xử lý, hạn 15/04/2026", "Lý do của quản trị viên.", `value="2026-04-30"`} {
			if !strings.Contains(body, want) {
				t.Errorf("the refusal lacks %q\n%s", want, excerpt(body))
			}
		}
		after := snap(t, h, sub.ID)
		if !after.Sub.DueAt.Equal(submissions.EndOfDay(domain.Date(2026, 4, 15))) || after.Events != 2 || auditCount(t, h, "submission.extend") != 1 {
			t.Errorf("after both: due %v, %d events, %d audit entries; want the leader's extension only",
				after.Sub.DueAt, after.Events, auditCount(t, h, "submission.extend"))
		}
		if again := pageVersion(t, admin, sub.ID); again == seenByAdmin {
			t.Errorf("the page drawn again still carries version %s", again)
		}
	})
}

// TestTwoSessionsActingAtOnce sends an acceptance and a rejection of one
// submission from two signed-in sessions at the same moment: exactly one
// goes through, the other gets 409 and changes nothing.
func TestTwoSessionsActingAtOnce(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		for round := range 3 {
			sub := newSubmission(t, h, 40+round, domain.SubmissionReceived, 0)
			clients := []*client{h.as("lanhdao"), h.as("quantri")}
			forms := []url.Values{{}, {"reason": {"duplicate"}}}
			paths := []string{fmt.Sprintf("/submissions/%d/accept", sub.ID), fmt.Sprintf("/submissions/%d/reject", sub.ID)}
			for i, c := range clients {
				forms[i].Set("version", pageVersion(t, c, sub.ID))
			}
			statuses := make([]int, 2)
			var wg sync.WaitGroup
			for i, c := range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					statuses[i] = c.post(paths[i], forms[i]).status
				}()
			}
			wg.Wait()
			ok, refused := 0, 0
			for _, st := range statuses {
				switch st {
				case http.StatusSeeOther:
					ok++
				case http.StatusConflict:
					refused++
				}
			}
			if ok != 1 || refused != 1 {
				t.Fatalf("round %d: statuses %v, want one 303 and one 409", round, statuses)
			}
			if after := snap(t, h, sub.ID); after.Events != 2 {
				t.Errorf("round %d: %d history events, want the first and one step", round, after.Events)
			}
		}
	})
}
