package web

import (
	"bytes"
	"context"
	"html"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Personal data of the test sender: none of it may appear on a public page.
const (
	testPhone      = "0912 345 678"
	testPhoneNorm  = "0912345678"
	testEmail      = "nguyen.van.an@example.vn"
	testAddress    = "Thôn Đông Hải, xã Xuân Hưng"
	testNationalID = "038095001234"
	testName       = "Nguyễn Văn An"
)

// personalData lists what a public page must never show of the sender.
var personalData = []string{testPhone, testPhoneNorm, testEmail, "Đông Hải", testNationalID, testName}

// goodForm is a valid public submission.
func goodForm() url.Values {
	return url.Values{
		"kind":               {"phan_anh"},
		"field":              {"Chuyển đổi số"},
		"title":              {"Chữ ký số cho hộ kinh doanh chưa được hướng dẫn"},
		"content":            {"Hộ kinh doanh trên địa bàn xã chưa được hướng dẫn đăng ký chữ ký số để nộp thuế điện tử; đề nghị xã tổ chức hướng dẫn."},
		"sender_name":        {testName},
		"sender_address":     {testAddress},
		"sender_phone":       {testPhone},
		"sender_email":       {testEmail},
		"sender_national_id": {testNationalID},
		"consent":            {"1"},
	}
}

// with returns a copy of the form with one field set ("" deletes it).
func with(form url.Values, field, value string) url.Values {
	out := url.Values{}
	for k, v := range form {
		out[k] = append([]string(nil), v...)
	}
	if value == "" {
		out.Del(field)
	} else {
		out.Set(field, value)
	}
	return out
}

// testFile is a file a test attaches.
type testFile struct {
	name string
	data []byte
}

var (
	pdfBytes = []byte("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n")
	pngBytes = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	exeBytes = []byte("MZ\x90\x00\x03\x00\x00\x00 a program")
)

// postMultipart sends the form as multipart/form-data with files under "files".
func (c *client) postMultipart(path string, form url.Values, files []testFile) response {
	c.h.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, vs := range form {
		for _, v := range vs {
			must(c.h.t, mw.WriteField(k, v))
		}
	}
	for _, f := range files {
		fw, err := mw.CreateFormFile("files", f.name)
		must(c.h.t, err)
		_, err = fw.Write(f.data)
		must(c.h.t, err)
	}
	must(c.h.t, mw.Close())
	req, err := http.NewRequest(http.MethodPost, c.h.srv.URL+path, &body)
	must(c.h.t, err)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return c.do(req)
}

// postJSON sends a body with a content type to the API.
func (c *client) postJSON(path, contentType, body string) response {
	c.h.t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.h.srv.URL+path, strings.NewReader(body))
	must(c.h.t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return c.do(req)
}

// countSubmissions counts the submissions of both communes of the harness.
func countSubmissions(t *testing.T, h *harness) int {
	t.Helper()
	n := 0
	for _, org := range []int64{h.org.ID, h.other.Org.ID} {
		_, total, err := h.store.Inbox(context.Background(), org, domain.SubmissionFilter{Limit: 1})
		must(t, err)
		n += total
	}
	return n
}

// withConfig returns the harness served by a second server over the same
// store with another configuration (rate limits, upload sizes).
func (h *harness) withConfig(cfg Config) (*harness, *Server) {
	h.t.Helper()
	srv, err := New(cfg, usecase.NewEnv(h.store, func() time.Time { return testNow }), slog.New(slog.NewTextHandler(io.Discard, nil)))
	must(h.t, err)
	ts := httptest.NewServer(srv.Handler())
	h.t.Cleanup(ts.Close)
	other := *h
	other.srv = ts
	return &other, srv
}

// codeFrom reads the tracking code from the redirect after a submission.
func codeFrom(t *testing.T, res response) string {
	t.Helper()
	if res.status != http.StatusSeeOther || !strings.HasPrefix(res.location, "/tra-cuu?ma=") {
		t.Fatalf("submit: status %d, location %q, want 303 to /tra-cuu\n%s", res.status, res.location, excerpt(res.body))
	}
	code, err := url.QueryUnescape(strings.TrimPrefix(res.location, "/tra-cuu?ma="))
	must(t, err)
	return code
}

// submissionByCode loads a stored submission.
func (h *harness) submissionByCode(code string) domain.Submission {
	h.t.Helper()
	sub, err := h.store.SubmissionByCode(context.Background(), code)
	must(h.t, err)
	return sub
}

// step applies a workflow step to a submission through the store, as the
// staff pages would.
func (h *harness) step(sub *domain.Submission, action domain.SubmissionAction, note string, at time.Time, change func(*domain.Submission)) {
	h.t.Helper()
	from := sub.Status
	to, err := domain.NextStatus(domain.RoleLeader, action, from)
	must(h.t, err)
	sub.Status = to
	if change != nil {
		change(sub)
	}
	ev := domain.SubmissionEvent{At: at, Actor: "Trần Văn Lãnh", Action: action, From: from, To: to, Note: note, DueAt: sub.DueAt}
	must(h.t, h.store.ApplySubmissionEvent(context.Background(), sub, ev))
}

func assertAbsent(t *testing.T, where, body string, secrets []string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(body, s) {
			t.Errorf("%s shows %q", where, s)
		}
	}
}

// serve sends one request straight to a handler, from a client address.
func serve(h http.Handler, method, path, contentType, body, remote string) *httptest.ResponseRecorder {
	return record(h, newRequest(method, path, contentType, body, remote))
}

// htmlText undoes the escaping of a page, so that messages with quotes read
// as written.
func htmlText(body string) string { return html.UnescapeString(body) }

func newRequest(method, path, contentType, body, remote string) *http.Request {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.RemoteAddr = remote
	return req
}

func record(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
