package ui

import (
	"context"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

type ctxKey int

const (
	keyViewer ctxKey = iota
	keySecureCookies
)

// Viewer is who is signed in and their organisation. Every handler that
// touches data reads the organisation from here, never from the request, so
// that no one reaches another organisation's data.
type Viewer struct {
	User  domain.User
	Org   domain.Org
	Token string // the session token's hash
}

// Actor is the viewer as the use cases know them.
func (v Viewer) Actor() usecase.Actor {
	return usecase.Actor{User: v.User, Org: v.Org}
}

// WithViewer puts the signed-in viewer into the request.
func WithViewer(r *http.Request, v Viewer) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), keyViewer, v))
}

// ViewerOf returns the signed-in viewer; ok is false for an anonymous
// request.
func ViewerOf(r *http.Request) (Viewer, bool) {
	v, ok := r.Context().Value(keyViewer).(Viewer)
	return v, ok
}

// MustViewer returns the signed-in viewer of a route that requires one.
func MustViewer(r *http.Request) Viewer {
	v, ok := ViewerOf(r)
	if !ok {
		panic("web: handler reached without a signed-in user")
	}
	return v
}

// ActorOf returns the signed-in viewer of a route that requires one as the
// use cases know them.
func ActorOf(r *http.Request) usecase.Actor { return MustViewer(r).Actor() }

// WithSecureCookies marks the request as served behind HTTPS, so that every
// cookie set while answering it, the one-time message too, carries the
// Secure flag.
func WithSecureCookies(r *http.Request) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), keySecureCookies, true))
}

// SecureCookies reports whether cookies set for r must be Secure.
func SecureCookies(r *http.Request) bool {
	on, _ := r.Context().Value(keySecureCookies).(bool)
	return on
}
