package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/web/public"
	"github.com/nq57/nq57/internal/web/ui"
)

// TestAPIRefusesTextNqCannotKeep sends JSON bodies whose strings hold what
// no text in nq57 may (a NUL, a control character, a line break in a
// one-line field): each is 422 in the API's error shape, naming the JSON
// key, and nothing is stored. PostgreSQL answered a NUL with 500 and SQLite
// stored it.
func TestAPIRefusesTextNqCannotKeep(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		edit  func(*public.SubmitRequest)
		field string
	}{
		{"NUL in the title", func(r *public.SubmitRequest) { r.Title = "Rút ngắn thời gian\x00 cấp phép xây dựng" }, "title"},
		{"NUL in the content", func(r *public.SubmitRequest) { r.Content += "\x00" }, "content"},
		{"bell in the sender's name", func(r *public.SubmitRequest) { r.Sender.Name = "Nguyễn\x07 Văn An" }, "sender.name"},
		{"escape in the address", func(r *public.SubmitRequest) { r.Sender.Address = "Thôn \x1b[31mĐông" }, "sender.address"},
		{"line break in the phone", func(r *public.SubmitRequest) { r.Sender.Phone = "0912\n345678" }, "sender.phone"},
		{"NUL in the organisation", func(r *public.SubmitRequest) { r.Org = "xuan-hung\x00" }, "org"},
		{"line separator in the field", func(r *public.SubmitRequest) { r.Field = "Chuyển đổi\u2028số" }, "field"},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := c.postJSON("/api/v1/submissions", jsonType, goodJSON(tc.edit))
				if res.status != http.StatusUnprocessableEntity {
					t.Fatalf("status %d, want 422\n%s", res.status, res.body)
				}
				var got ui.JSONError
				if err := json.Unmarshal([]byte(res.body), &got); err != nil || got.Error == "" {
					t.Fatalf("not the API's error shape: %v\n%s", err, res.body)
				}
				if len(got.Problems) != 1 || got.Problems[0].Field != tc.field || !strings.Contains(got.Problems[0].Message, "không được phép") &&
					!strings.Contains(got.Problems[0].Message, "chỉ nhận một dòng") {
					t.Errorf("problems %+v, want one naming %s", got.Problems, tc.field)
				}
			})
		}
		// A multi-line content keeps its lines.
		if res := c.postJSON("/api/v1/submissions", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Content += "\r\nDòng thứ hai." })); res.status != http.StatusCreated {
			t.Errorf("a content on two lines: %d\n%s", res.status, res.body)
		}
		if n := countSubmissions(t, h); n != 1 {
			t.Errorf("stored %d submissions, want only the good one", n)
		}
	})
}

// TestPublicFormRefusesTextNqCannotKeep sends the multipart public form with
// a NUL or bytes that are not UTF-8 in a field, or a file whose name holds
// them: each comes back 422 naming the field, where a NUL reached the
// database and bad bytes were silently dropped.
func TestPublicFormRefusesTextNqCannotKeep(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		field string // the form's field, "" for a file's name
		value string
		file  string
		want  string
	}{
		{"NUL in the title", "title", "Chữ ký số cho hộ kinh doanh\x00 chưa được hướng dẫn", "", "ký tự NUL"},
		{"bytes that are not UTF-8 in the name", "sender_name", "Nguy\xffn Văn An", "", "không phải chữ UTF-8"},
		{"a control character in the content", "content", goodForm().Get("content") + "\x1b", "", "ký tự điều khiển"},
		{"bytes that are not UTF-8 in a file's name", "", "", "\xffđơn.pdf", "Tên tệp"},
		{"a line separator in a file's name", "", "", "đơn\u2028kiến nghị.pdf", "Tên tệp"},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				form, files := goodForm(), []testFile(nil)
				if tc.field != "" {
					form.Set(tc.field, tc.value)
				} else {
					files = []testFile{{tc.file, pdfBytes}}
				}
				res := c.postMultipart("/pakn/xuan-hung", form, files)
				field := tc.field
				if field == "" {
					field = "files"
				}
				if res.status != http.StatusUnprocessableEntity || !strings.Contains(htmlText(res.body), tc.want) ||
					!strings.Contains(res.body, `id="`+field+`-error"`) {
					t.Fatalf("status %d, want 422 naming %s with %q\n%s", res.status, field, tc.want, excerpt(res.body))
				}
			})
		}
		if n := countSubmissions(t, h); n != 0 {
			t.Errorf("refused forms stored %d submissions", n)
		}
	})
}
