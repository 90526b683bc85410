package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// Staff find a sender by name in the inbox; the public search of published
// answers must not find anyone by name.
func TestSenderNameIsSearchableByStaffOnly(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		sub := demoSubmission(org.ID, "", march5)
		sub.Title, sub.SenderName = "Đèn đường thôn Trà Lũ", "Nguyễn Thị Hoàng Yến"
		sub.Status, sub.PublishedAt = domain.SubmissionPublished, time.Date(2026, 4, 2, 2, 0, 0, 0, time.UTC)
		sub.Answer = "UBND xã đã lắp đèn năng lượng mặt trời."
		sub = created(t, s, sub)
		inbox, _, err := s.Inbox(t.Context(), org.ID, domain.SubmissionFilter{Query: "hoang yen"})
		if err != nil || len(inbox) != 1 || inbox[0].ID != sub.ID {
			t.Fatalf("staff search by the sender's name: %v, %v", titles(inbox), err)
		}
		public, _, err := s.PublishedAnswers(t.Context(), 0, "hoang yen", 0, 0)
		if err != nil || len(public) != 0 {
			t.Errorf("public search found the sender by name: %v, %v", titles(public), err)
		}
		public, _, err = s.PublishedAnswers(t.Context(), 0, "nang luong mat troi", 0, 0)
		if err != nil || len(public) != 1 {
			t.Errorf("public search should find words of the answer: %v, %v", titles(public), err)
		}
	})
}
