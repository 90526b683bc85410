package domain

import (
	"testing"
	"time"
)

func TestOutboxRetryDoublesUpToHalfAnHour(t *testing.T) {
	t.Parallel()
	want := map[int]time.Duration{
		0: 30 * time.Second, 1: 30 * time.Second, 2: time.Minute, 3: 2 * time.Minute, 4: 4 * time.Minute,
		6: 16 * time.Minute, 7: 30 * time.Minute, 8: 30 * time.Minute, 1000: 30 * time.Minute,
	}
	for attempts, wait := range want {
		if got := OutboxRetryAfter(attempts); got != wait {
			t.Errorf("after %d failures wait %v, want %v", attempts, got, wait)
		}
	}
}
