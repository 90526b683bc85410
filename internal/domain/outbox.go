package domain

import "time"

// OutboxCounts is the state of the outbox at a glance: messages waiting for
// their first or next try, messages that failed often enough to need a
// person's eye (they are still retried), and messages sent.
type OutboxCounts struct {
	Queued  int
	Failing int
	Sent    int
}

// Outbox retry rule: the first retry waits OutboxFirstRetry, each next one
// twice as long, never more than OutboxMaxRetry. A message is never given
// up: after OutboxFailingAfter tries it counts as failing, and is still
// tried every OutboxMaxRetry until it goes.
const (
	OutboxFirstRetry   = 30 * time.Second
	OutboxMaxRetry     = 30 * time.Minute
	OutboxFailingAfter = 5
)

// OutboxRetryAfter is how long to wait before the next try of a message
// that has failed attempts times (1 for the first failure): 30 s, 1 min,
// 2 min, … up to 30 min.
func OutboxRetryAfter(attempts int) time.Duration {
	wait := OutboxFirstRetry
	for i := 1; i < attempts && wait < OutboxMaxRetry; i++ {
		wait *= 2
	}
	return min(wait, OutboxMaxRetry)
}
