package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/usecase"
)

// actorOf is who acts in a request behind requireUser: the signed-in user,
// in their organisation. Use cases take it; they never read the
// organisation from the request.
func actorOf(r *http.Request) usecase.Actor {
	v := mustViewer(r)
	return usecase.Actor{User: v.User, Org: v.Org}
}
