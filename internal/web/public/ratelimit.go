package public

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// clientLimiter limits how often each client (an address) may send public
// submissions, against floods. It lives in the process: behind several
// instances each counts its own, which still bounds a flood per instance.
type clientLimiter struct {
	mu      sync.Mutex
	every   time.Duration
	burst   int
	clients map[string]*clientEntry
}

type clientEntry struct {
	limiter  *rate.Limiter
	lastSeen time.Time
}

// newClientLimiter allows each client perMinute requests a minute after a
// first burst; perMinute 0 turns the limit off.
func newClientLimiter(perMinute, burst int) *clientLimiter {
	l := &clientLimiter{burst: burst, clients: map[string]*clientEntry{}}
	if perMinute > 0 {
		l.every = time.Minute / time.Duration(perMinute)
	}
	return l
}

// allow reports whether the client may send one more request at now.
func (l *clientLimiter) allow(client string, now time.Time) bool {
	if l.every == 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	e, ok := l.clients[client]
	if !ok {
		e = &clientEntry{limiter: rate.NewLimiter(rate.Every(l.every), l.burst)}
		l.clients[client] = e
	}
	e.lastSeen = now
	if len(l.clients) > 10000 {
		l.forget(now.Add(-time.Hour))
	}
	return e.limiter.AllowN(now, 1)
}

// forget drops clients not seen since before, so the map does not grow
// without end.
func (l *clientLimiter) forget(before time.Time) {
	for k, e := range l.clients {
		if e.lastSeen.Before(before) {
			delete(l.clients, k)
		}
	}
}
