package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// maxAPIBody bounds the JSON body of an API request: a submission's texts
// fit with room to spare.
const maxAPIBody = 64 << 10

// apiError is the body of every API error, in Vietnamese.
type apiError struct {
	Error    string       `json:"error"`
	Problems []apiProblem `json:"problems,omitempty"`
}

// apiProblem is what is wrong with one field of the request, named by its
// JSON path ("sender.phone").
type apiProblem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// writeJSON answers with a JSON body.
func writeJSON(w http.ResponseWriter, status int, body any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // Vietnamese and "<" stay readable; the type is JSON, never HTML
	if err := enc.Encode(body); err != nil {
		http.Error(w, `{"error":"lỗi hệ thống"}`, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

func writeAPIError(w http.ResponseWriter, status int, message string) {
	writeJSON(w, status, apiError{Error: message})
}

// apiFail answers with the status and message of a domain error, or a server
// error for anything else.
func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	var de *domain.Error
	if !errors.As(err, &de) {
		s.log.Error("api request failed", "method", r.Method, "path", r.URL.Path, "error", err)
		writeAPIError(w, http.StatusInternalServerError, "Đã có lỗi trong hệ thống. Xin thử lại sau.")
		return
	}
	status := map[domain.Code]int{
		domain.Invalid: http.StatusUnprocessableEntity, domain.NotFound: http.StatusNotFound,
		domain.Conflict: http.StatusConflict, domain.Forbidden: http.StatusForbidden, domain.Stale: http.StatusConflict,
	}[de.Code]
	if status == 0 {
		status = http.StatusBadRequest
	}
	writeJSON(w, status, apiError{Error: de.Message, Problems: apiProblems(de.Problems)})
}

// apiProblems names each problem's field by its JSON path: the domain's
// "sender_phone" is "sender.phone" in the request.
func apiProblems(problems []domain.Problem) []apiProblem {
	out := make([]apiProblem, 0, len(problems))
	for _, p := range problems {
		field := p.Field
		if rest, ok := strings.CutPrefix(field, "sender_"); ok {
			field = "sender." + rest
		}
		out = append(out, apiProblem{Field: field, Message: p.Message})
	}
	return out
}

// decodeJSON reads one JSON object of a request into v: the body must be
// JSON, no larger than maxAPIBody, with no field v lacks and nothing after
// the object. On failure it answers the client and returns false.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "application/json" {
		writeAPIError(w, http.StatusUnsupportedMediaType, "Thân yêu cầu phải là JSON, với tiêu đề Content-Type: application/json.")
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxAPIBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if extra := dec.Decode(&struct{}{}); !errors.Is(extra, io.EOF) {
			err = fmt.Errorf("trailing data: %w", errTrailing)
		}
	}
	if err == nil {
		return true
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeAPIError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("Thân yêu cầu quá lớn: tối đa %d KB.", maxAPIBody>>10))
		return false
	}
	writeAPIError(w, http.StatusBadRequest, jsonProblem(err, dec.InputOffset()))
	return false
}

var errTrailing = errors.New("data after the JSON object")

// jsonProblem says in Vietnamese what is wrong with a JSON body and where:
// the byte offset from its start.
func jsonProblem(err error, offset int64) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "Thân yêu cầu rỗng: cần một đối tượng JSON."
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Sprintf("JSON bị cắt cụt ở vị trí %d: thiếu phần cuối của đối tượng.", offset)
	case errors.As(err, &syntax):
		return fmt.Sprintf("JSON không hợp lệ ở vị trí %d: sai cú pháp (%s).", syntax.Offset, syntax.Error())
	case errors.As(err, &typ):
		return fmt.Sprintf("Trường “%s” ở vị trí %d phải là %s, không phải %s.", typ.Field, typ.Offset, jsonTypeName(typ.Type.Kind().String()), typ.Value)
	case errors.Is(err, errTrailing):
		return fmt.Sprintf("Sau đối tượng JSON còn dữ liệu thừa ở vị trí %d.", offset)
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fmt.Sprintf("Trường %s ở vị trí %d không có trong API; các trường được nhận: org, kind, field, title, content, sender (name, address, phone, email, national_id).", name, offset)
	}
	return fmt.Sprintf("JSON không hợp lệ ở vị trí %d (%s).", offset, err.Error())
}

func jsonTypeName(kind string) string {
	switch kind {
	case "string":
		return "chuỗi"
	case "struct":
		return "đối tượng"
	}
	return kind
}

// apiTime writes an instant in Vietnam's time as RFC 3339, or "" for none.
func apiTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(domain.Vietnam).Format(time.RFC3339)
}
