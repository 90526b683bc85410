package web

import (
	"context"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

type ctxKey int

const (
	keyUser ctxKey = iota
	keyOrg
	keyToken
)

// viewer is who is signed in and their organisation. Every handler that
// touches data reads the organisation from here, never from the request, so
// that no one reaches another organisation's data.
type viewer struct {
	User  domain.User
	Org   domain.Org
	token string // session token hash
}

// actor is the signed-in user as the use cases take them.
func (v viewer) actor() usecase.Actor {
	return usecase.Actor{User: v.User, Org: v.Org}
}

func withViewer(r *http.Request, v viewer) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), keyUser, v))
}

// viewerOf returns the signed-in viewer; ok is false for an anonymous request.
func viewerOf(r *http.Request) (viewer, bool) {
	v, ok := r.Context().Value(keyUser).(viewer)
	return v, ok
}

// mustViewer returns the signed-in viewer of a route behind requireUser.
func mustViewer(r *http.Request) viewer {
	v, ok := viewerOf(r)
	if !ok {
		panic("web: handler reached without a signed-in user")
	}
	return v
}
