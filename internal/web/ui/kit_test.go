package ui

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

// audience is the files of a made-up audience: a page using the kit's
// shared partial and its own.
func audience(page, asset string) fstest.MapFS {
	return fstest.MapFS{
		"templates/" + page + ".html": {Data: []byte(`{{define "content"}}{{template "own" .}}{{template "formerror" .Errors}}{{end}}`)},
		"templates/partials/own.html": {Data: []byte(`{{define "own"}}<p>` + page + `: {{.Title}}</p>{{end}}`)},
		"static/" + asset:             {Data: []byte("body{}")},
		"static/nested/" + asset:      {Data: []byte("p{}")},
	}
}

type testPage struct {
	Page
	Errors Errors
}

func TestKitRendersAnAudiencesPageInTheLayout(t *testing.T) {
	t.Parallel()
	k, err := New(Config{}, nil, audience("hello", "hello.css"))
	if err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	w := httptest.NewRecorder()
	k.Render(w, r, http.StatusTeapot, "hello", &testPage{Page: k.Page(r, "Xin chào", ""), Errors: Errors{"": "Còn lỗi."}})
	body := w.Body.String()
	for _, want := range []string{"<!DOCTYPE html>", "<title>Xin chào · nq57</title>", "<p>hello: Xin chào</p>", "Còn lỗi."} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %q:\n%s", want, body)
		}
	}
	if w.Code != http.StatusTeapot {
		t.Errorf("status %d", w.Code)
	}
}

func TestKitRefusesTwoAudiencesWithOnePageOrFileName(t *testing.T) {
	t.Parallel()
	if _, err := New(Config{}, nil, audience("same", "a.css"), audience("same", "b.css")); err == nil {
		t.Error("two pages named the same were taken")
	}
	if _, err := New(Config{}, nil, audience("one", "same.css"), audience("two", "same.css")); err == nil {
		t.Error("two static files named the same were taken")
	}
	if _, err := New(Config{}, nil, audience("error", "a.css")); err == nil {
		t.Error("an audience's page took the name of the kit's error page")
	}
}

func TestKitServesEveryAudiencesStaticFilesAsOneFolder(t *testing.T) {
	t.Parallel()
	k, err := New(Config{}, nil, audience("one", "one.css"), audience("two", "two.css"))
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{
		"/static/style.css": http.StatusOK, "/static/one.css": http.StatusOK, "/static/two.css": http.StatusOK,
		"/static/nested/two.css": http.StatusOK, "/static/": http.StatusNotFound, "/static/nested/": http.StatusNotFound, "/static/none.css": http.StatusNotFound,
	} {
		w := httptest.NewRecorder()
		k.Static().ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		if w.Code != want {
			t.Errorf("%s: %d, want %d", path, w.Code, want)
		}
		if want == http.StatusOK && w.Header().Get("Cache-Control") != "public, max-age=86400" {
			t.Errorf("%s: Cache-Control %q", path, w.Header().Get("Cache-Control"))
		}
	}
}
