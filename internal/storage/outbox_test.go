package storage

import (
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// queue puts n e-mails in the outbox, created and due at at.
func queue(t *testing.T, s *Store, at time.Time, n int) []int64 {
	t.Helper()
	var ids []int64
	for i := range n {
		m := domain.OutboxMessage{Channel: domain.OutboxEmail, Recipient: "lanhdao@xuanhung.example",
			Subject: "[nq57] Thư " + string(rune('a'+i%26)), Body: "Kính gửi", Link: "/reports/2026-03", CreatedAt: at}
		must(t, s.EnqueueOutbox(t.Context(), &m))
		ids = append(ids, m.ID)
	}
	return ids
}

// A claimed message is not claimed again while its lease lasts, is claimed
// again once the lease runs out (a worker that died), and never after it
// is sent.
func TestOutboxClaimHoldsForTheLeaseAndEndsWhenSent(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		at := time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		ids := queue(t, s, at, 3)
		got, err := s.ClaimOutbox(ctx, at, time.Minute, 2)
		must(t, err)
		if len(got) != 2 || got[0].ID != ids[0] || got[1].ID != ids[1] || got[0].Subject != "[nq57] Thư a" {
			t.Fatalf("first claim = %+v, want the two oldest", got)
		}
		again, err := s.ClaimOutbox(ctx, at.Add(30*time.Second), time.Minute, 10)
		must(t, err)
		if len(again) != 1 || again[0].ID != ids[2] {
			t.Fatalf("claim within the lease = %+v, want only the third", again)
		}
		must(t, s.OutboxSent(ctx, ids[0], at.Add(time.Second)))
		late, err := s.ClaimOutbox(ctx, at.Add(2*time.Minute), time.Minute, 10)
		must(t, err)
		if len(late) != 2 || late[0].ID != ids[1] || late[1].ID != ids[2] {
			t.Fatalf("claim after the lease = %+v, want the unsent two", late)
		}
		sent, err := s.OutboxMessage(ctx, ids[0])
		must(t, err)
		if !sent.SentAt.Equal(at.Add(time.Second)) || sent.Attempts != 1 {
			t.Errorf("sent message = %+v", sent)
		}
		wantCode(t, s.OutboxSent(ctx, ids[0], at), domain.NotFound)
	})
}

// A failed try is counted with its error, and the message waits until its
// next time; counts tell queued, failing and sent apart.
func TestOutboxFailureWaitsAndCounts(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		at := time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		ids := queue(t, s, at, 3)
		claimed, err := s.ClaimOutbox(ctx, at, time.Minute, 1)
		must(t, err)
		if len(claimed) != 1 {
			t.Fatalf("claimed %d", len(claimed))
		}
		for try := 1; try <= 2; try++ {
			n, err := s.OutboxFailed(ctx, ids[0], "dial tcp: connection refused", at.Add(time.Hour))
			must(t, err)
			if n != try {
				t.Fatalf("attempts after failure %d = %d", try, n)
			}
		}
		due, err := s.ClaimOutbox(ctx, at.Add(59*time.Minute), time.Minute, 10)
		must(t, err)
		for _, m := range due {
			if m.ID == ids[0] {
				t.Fatalf("a failed message was claimed before its next time")
			}
		}
		must(t, s.OutboxSent(ctx, ids[1], at))
		later, err := s.ClaimOutbox(ctx, at.Add(61*time.Minute), time.Minute, 10)
		must(t, err)
		if len(later) != 2 || later[0].ID != ids[0] || later[0].Attempts != 2 || later[0].LastError != "dial tcp: connection refused" {
			t.Fatalf("claim after the next time = %+v", later)
		}
		counts, err := s.OutboxCounts(ctx, 2)
		must(t, err)
		if counts != (domain.OutboxCounts{Queued: 1, Failing: 1, Sent: 1}) {
			t.Errorf("counts = %+v", counts)
		}
		failing, err := s.OutboxFailing(ctx, 2, 10)
		must(t, err)
		if len(failing) != 1 || failing[0].ID != ids[0] {
			t.Errorf("failing = %+v", failing)
		}
	})
}

// Workers claiming at the same moment on one database take different
// messages, each exactly once.
func TestConcurrentOutboxClaimsNeverShareAMessage(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		at := time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		queue(t, s, at, 40)
		var mu sync.Mutex
		seen := map[int64]int{}
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for {
					got, err := s.ClaimOutbox(t.Context(), at, time.Hour, 3)
					if err != nil {
						t.Error(err)
						return
					}
					if len(got) == 0 {
						return
					}
					mu.Lock()
					for _, m := range got {
						seen[m.ID]++
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(seen) != 40 {
			t.Errorf("%d messages claimed, want 40", len(seen))
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("message %d claimed %d times", id, n)
			}
		}
	})
}
