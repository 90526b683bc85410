// Package accounts holds the use cases of accounts: signing in (throttled per
// login and address, with password hashing bounded), sessions, changing and
// resetting passwords, adding, editing and disabling users, and the first
// administrator of a new organisation.
package accounts

import (
	"runtime"
	"time"

	"github.com/nq57/nq57/internal/usecase"
)

// Policy is how signing in and sessions behave.
type Policy struct {
	SessionTTL time.Duration // how long a sign-in lasts
	Window     time.Duration // sign-in attempts are counted over this long
	// MaxAttempts is how many failed sign-ins a login may have from one
	// address within Window. It is counted per login and address together,
	// so that a stranger who guesses a login's password from elsewhere does
	// not lock its owner out.
	MaxAttempts int
	// MaxAddressAttempts is how many failed sign-ins one address may have
	// within Window, whatever logins it tries.
	MaxAddressAttempts int
	// Hashers is how many password hashes are computed at once: each argon2id
	// hash takes 19 MiB, so a burst of sign-ins must not take them all at once.
	Hashers  int
	HashWait time.Duration // how long a request waits for a hasher before the server says it is busy
}

// DefaultPolicy returns the settings of a commune server.
func DefaultPolicy() Policy {
	return Policy{
		SessionTTL:         12 * time.Hour,
		Window:             15 * time.Minute,
		MaxAttempts:        5,
		MaxAddressAttempts: 30,
		Hashers:            max(2, runtime.GOMAXPROCS(0)),
		HashWait:           5 * time.Second,
	}
}

// Service runs the use cases of this package.
type Service struct {
	env     usecase.Env
	policy  Policy
	hashers chan struct{} // a slot per password hash computed at the moment
}

// New returns the service on env with the given policy.
func New(env usecase.Env, p Policy) *Service {
	if p.Hashers < 1 {
		p.Hashers = 1
	}
	return &Service{env: env, policy: p, hashers: make(chan struct{}, p.Hashers)}
}
