package ui

import (
	"bytes"
	"errors"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestReadPostRefusesTooLargeBodies(t *testing.T) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("period", "2026-03")
	w, _ := mw.CreateFormFile("c1-file", "a.pdf")
	w.Write(bytes.Repeat([]byte("x"), 5000))
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/data", bytes.NewReader(body.Bytes()))
	req.Header.Set("Content-Type", mw.FormDataContentType())

	req.Body = http.MaxBytesReader(httptest.NewRecorder(), req.Body, 1000)
	if _, err := ReadPost(req, 100); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a body over the total limit: %v, want ErrTooLarge", err)
	}

	req = httptest.NewRequest(http.MethodPost, "/data", bytes.NewReader(body.Bytes()))
	req.Header.Set("Content-Type", mw.FormDataContentType())
	post, err := ReadPost(req, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(post.Files) != 1 || !post.Files[0].TooBig || post.Files[0].Size != 5000 || post.Files[0].Data != nil || post.Values.Get("period") != "2026-03" {
		t.Errorf("a file over the per-file limit: %+v", post.Files)
	}
}
