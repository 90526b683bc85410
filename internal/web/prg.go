package web

import (
	"net/http"
	"net/url"
	"strings"
)

// A page after a form's POST never keeps the POST: a success redirects (303)
// to a GET address, and a page that answers the POST itself (the form again
// with its errors, an import's preview, a one-time password) carries the GET
// address the browser should show instead (Page.GetURL, which the layout puts
// in <body data-get-url> and app.js gives to history.replaceState). Reloading
// then reads the page again instead of sending the form twice.

// getURLOf returns the GET address for a page answering r, a POST: the page
// the form was on (the Referer, when it is this site's), or else the nearest
// address above the POST's own that a GET route serves ("/submissions/7"
// for "/submissions/7/accept"), or "/".
func (s *Server) getURLOf(r *http.Request) string {
	if ref, err := url.Parse(r.Referer()); err == nil && ref.Host == r.Host && strings.HasPrefix(ref.Path, "/") && !strings.HasPrefix(ref.Path, "//") {
		return ref.RequestURI()
	}
	for p := r.URL.Path; p != "" && p != "/"; p = p[:strings.LastIndex(p, "/")] {
		if s.servesGET(p) {
			return p
		}
	}
	return "/"
}

// servesGET reports whether a GET of path reaches a page of the app rather
// than "not found" or "method not allowed".
func (s *Server) servesGET(path string) bool {
	if s.mux == nil {
		return false
	}
	req, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return false
	}
	_, pattern := s.mux.Handler(req)
	return pattern != ""
}
