package web

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/submissions"
)

// unitOf returns the unit a demo staff account belongs to.
func (h *harness) unitOf(login string) int64 {
	h.t.Helper()
	u, err := h.store.UserByLogin(context.Background(), login)
	must(h.t, err)
	if u.UnitID == 0 {
		h.t.Fatalf("%s has no unit", login)
	}
	return u.UnitID
}

// newSubmission stores a submission of the demo commune in a status, assigned
// to unitID (0: none), received on 20 March 2026 with a deadline of 31 March,
// and its first event; the sender and texts differ for each call with n.
func newSubmission(t *testing.T, h *harness, n int, status domain.SubmissionStatus, unitID int64) domain.Submission {
	t.Helper()
	return storeSubmission(t, h.store, h.org.ID, n, status, unitID)
}

func storeSubmission(t *testing.T, s *storage.Store, orgID int64, n int, status domain.SubmissionStatus, unitID int64) domain.Submission {
	t.Helper()
	received := time.Date(2026, 3, 20, 8, 0, 0, 0, domain.Vietnam)
	sub := domain.Submission{
		OrgID: orgID, Kind: domain.KindFeedback, Channel: domain.ChannelPakn, Field: "Hạ tầng số",
		Title:      fmt.Sprintf("Đường truyền Internet thôn số %d chập chờn", n),
		Content:    fmt.Sprintf("Đề nghị xã kiểm tra đường truyền Internet ở thôn số %d, mạng mất liên tục vào buổi tối.", n),
		SenderName: "Nguyễn Văn An", SenderAddress: "Thôn Đông, xã Xuân Hưng",
		SenderPhone: fmt.Sprintf("09120000%02d", n%100), SenderEmail: fmt.Sprintf("an%d@example.vn", n),
		ReceivedAt: received, Status: status, DueAt: submissions.EndOfDay(domain.Date(2026, 3, 31)), AssignedUnitID: unitID,
	}
	if status != domain.SubmissionReceived {
		sub.AcceptedAt = received.Add(time.Hour)
	}
	if status.Answered() {
		sub.Answer, sub.AnsweredBy, sub.AnsweredAt = "Xã đã làm việc với nhà mạng để khắc phục.", "Cán bộ", received.Add(48*time.Hour)
	}
	ev := domain.SubmissionEvent{At: received, Actor: "Người gửi", To: status, DueAt: sub.DueAt}
	if err := s.CreateSubmission(context.Background(), &sub, nil, ev); err != nil {
		t.Fatalf("store submission %d: %v", n, err)
	}
	return sub
}

// snapshot is a submission with its history, to compare before and after a
// refused step.
type snapshot struct {
	Sub    domain.Submission
	Events int
}

func snap(t *testing.T, h *harness, id int64) snapshot {
	t.Helper()
	sub, err := h.store.SubmissionByID(context.Background(), h.org.ID, id)
	must(t, err)
	events, err := h.store.SubmissionEvents(context.Background(), id)
	must(t, err)
	return snapshot{Sub: sub, Events: len(events)}
}

func (a snapshot) same(b snapshot) bool {
	x, y := a.Sub, b.Sub
	return x.Status == y.Status && x.DueAt.Equal(y.DueAt) && x.AcceptedAt.Equal(y.AcceptedAt) &&
		x.AssignedUnitID == y.AssignedUnitID && x.Answer == y.Answer && x.AnsweredAt.Equal(y.AnsweredAt) &&
		x.PublishedAt.Equal(y.PublishedAt) && a.Events == b.Events
}

// auditCount counts the audit entries of the demo commune whose action starts
// with prefix.
func auditCount(t *testing.T, h *harness, prefix string) int {
	t.Helper()
	log, err := h.store.AuditLog(context.Background(), h.org.ID, 1000, 0)
	must(t, err)
	n := 0
	for _, e := range log {
		if len(e.Action) >= len(prefix) && e.Action[:len(prefix)] == prefix {
			n++
		}
	}
	return n
}

// withVersion returns a copy of form with the submission's version as it is
// stored now, as the step forms of its page send it.
func withVersion(t *testing.T, h *harness, id int64, form url.Values) url.Values {
	t.Helper()
	sub, err := h.store.SubmissionByID(context.Background(), h.org.ID, id)
	must(t, err)
	out := url.Values{"version": {strconv.FormatInt(sub.Version, 10)}}
	for k, v := range form {
		out[k] = append([]string(nil), v...)
	}
	return out
}
