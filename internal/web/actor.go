package web

import (
	"net/http"
	"strconv"
)

// formVersion reads the version a form was drawn with (hidden field
// "version"); a missing or malformed one is 0, a record not stored yet.
func formVersion(r *http.Request) int64 {
	v, err := strconv.ParseInt(r.FormValue("version"), 10, 64)
	if err != nil || v < 0 {
		return 0
	}
	return v
}
