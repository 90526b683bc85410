package web

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// maxFormBody bounds a form posted without files (URL-encoded). The largest,
// a data grid of 60 criteria with long notes, is well under it.
const maxFormBody = 2 << 20

// guardText refuses, before any handler runs, a request whose query or
// URL-encoded form holds text nq57 never keeps: bytes that are not UTF-8,
// NUL or other control characters (line breaks only in multi-line fields).
// The page names the field; nothing is saved. Multipart bodies (forms with
// files) are checked field by field by their readers, and JSON bodies by
// the API, with the same rule (domain.CheckText).
func (s *Server) guardText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if field, problem := badQueryText(r.URL.RawQuery); problem != "" {
			s.ui.RefuseText(w, r, field, problem)
			return
		}
		if isURLEncodedForm(r) {
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
			if err := r.ParseForm(); err != nil {
				var tooBig *http.MaxBytesError
				if errors.As(err, &tooBig) {
					s.ui.Error(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("Biểu mẫu gửi lên quá lớn (tối đa %s). Chưa lưu gì.", domain.ByteSize(maxFormBody)))
					return
				}
				s.ui.BadRequest(w, r, "Không đọc được biểu mẫu gửi lên. Chưa lưu gì.")
				return
			}
			if field, problem := ui.BadFormText(r.PostForm); problem != "" {
				s.ui.RefuseText(w, r, field, problem)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func isURLEncodedForm(r *http.Request) bool {
	if r.Method != http.MethodPost && r.Method != http.MethodPut && r.Method != http.MethodPatch {
		return false
	}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mediaType == "application/x-www-form-urlencoded"
}

// badQueryText checks a raw query string, which url.ParseQuery would
// silently drop parts of when they are malformed.
func badQueryText(raw string) (field, problem string) {
	if raw == "" {
		return "", ""
	}
	values, err := url.ParseQuery(raw)
	if err != nil {
		return "", "địa chỉ trang có tham số viết sai"
	}
	return ui.BadFormText(values)
}
