package storage

import (
	"slices"
	"sync"
	"testing"
	"time"
)

// Attempts counted at the same moment under one key get distinct counts
// 1..n on both engines: the count and the check of the limit cannot both
// see an old value.
func TestConcurrentLoginAttemptsGetDistinctCounts(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		at := time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		const n = 30
		counts := make([][]int, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				// Keys in both orders, to show that attempts never wait on each other.
				keys := []string{"login:quantri@10.0.0.1", "ip:10.0.0.1"}
				if i%2 == 1 {
					keys = []string{"ip:10.0.0.1", "login:quantri@10.0.0.1"}
				}
				counts[i], errs[i] = s.CountLoginAttempt(t.Context(), keys, at, at.Add(-15*time.Minute))
				if i%2 == 1 && errs[i] == nil {
					slices.Reverse(counts[i])
				}
			})
		}
		wg.Wait()
		var pair, address []int
		for i := range n {
			must(t, errs[i])
			pair, address = append(pair, counts[i][0]), append(address, counts[i][1])
		}
		slices.Sort(pair)
		slices.Sort(address)
		for i := range n {
			if pair[i] != i+1 || address[i] != i+1 {
				t.Fatalf("counts %v and %v, want 1..%d each", pair, address, n)
			}
		}
	})
}

func TestLoginAttemptWindowsForgetAndUncount(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		at := time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		window := 15 * time.Minute
		count := func(at time.Time, key string) int {
			t.Helper()
			n, err := s.CountLoginAttempt(ctx, []string{key}, at, at.Add(-window))
			must(t, err)
			return n[0]
		}
		for i := range 3 {
			if got := count(at.Add(time.Duration(i)*time.Minute), "k"); got != i+1 {
				t.Fatalf("attempt %d counted %d", i+1, got)
			}
		}
		must(t, s.UncountLoginAttempt(ctx, "k"))
		if got := count(at.Add(5*time.Minute), "k"); got != 3 {
			t.Errorf("after uncounting one: %d, want 3", got)
		}
		if got := count(at.Add(window), "k"); got != 1 {
			t.Errorf("when the window has passed: %d, want a new window", got)
		}
		must(t, s.ForgetLoginAttempts(ctx, "k"))
		if got := count(at.Add(window+time.Minute), "k"); got != 1 {
			t.Errorf("after forgetting: %d, want 1", got)
		}
		count(at, "old")
		must(t, s.DeleteOldLoginAttempts(ctx, at.Add(time.Minute)))
		for key, want := range map[string]int{"old": 1, "k": 2} {
			if got := count(at.Add(window+2*time.Minute), key); got != want {
				t.Errorf("%s after deleting old windows: %d, want %d", key, got, want)
			}
		}
	})
}
