package public

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// maxAPIBody bounds the JSON body of an API request: a submission's texts
// fit with room to spare.
const maxAPIBody = 64 << 10

// apiError answers with err as the API says it: the domain error's problems
// named by their JSON path (the domain's "sender_phone" is "sender.phone" in
// the request), the kinds by their codes (see apiKindProblem).
func (h *Handlers) apiError(w http.ResponseWriter, r *http.Request, err error) {
	var de *domain.Error
	if errors.As(err, &de) {
		for i, p := range de.Problems {
			if rest, ok := strings.CutPrefix(p.Field, "sender_"); ok {
				de.Problems[i].Field = "sender." + rest
			}
		}
	}
	h.ui.FailJSON(w, r, err)
}

// decodeJSON reads one JSON object of a request into v: the body must be
// JSON, no larger than maxAPIBody, with no field v lacks and nothing after
// the object. On failure it answers the client and returns false.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "application/json" {
		ui.WriteJSONError(w, http.StatusUnsupportedMediaType, "Thân yêu cầu phải là JSON, với tiêu đề Content-Type: application/json.")
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
		ui.WriteJSONError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("Thân yêu cầu quá lớn: tối đa %d KB.", maxAPIBody>>10))
		return false
	}
	ui.WriteJSONError(w, http.StatusBadRequest, jsonProblem(err, dec.InputOffset()))
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
