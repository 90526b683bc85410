package web

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/usecase"
)

// actorOf is the signed-in person of a request as the use cases take them.
func actorOf(r *http.Request) usecase.Actor {
	v := mustViewer(r)
	return usecase.Actor{User: v.User, Org: v.Org}
}

// formVersion reads the version a form was drawn with (hidden field
// "version"); a missing or malformed one is 0, a record not stored yet.
func formVersion(r *http.Request) int64 {
	v, err := strconv.ParseInt(r.FormValue("version"), 10, 64)
	if err != nil || v < 0 {
		return 0
	}
	return v
}
