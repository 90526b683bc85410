package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// JSONError is the body of every JSON error, in Vietnamese.
type JSONError struct {
	Error    string        `json:"error"`
	Problems []JSONProblem `json:"problems,omitempty"`
}

// JSONProblem is what is wrong with one field of the request.
type JSONProblem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// WriteJSON answers with a JSON body.
func WriteJSON(w http.ResponseWriter, status int, body any) {
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

// WriteJSONError answers with a JSON error.
func WriteJSONError(w http.ResponseWriter, status int, message string) {
	WriteJSON(w, status, JSONError{Error: message})
}

// FailJSON answers with the status (see Status), message and problems of a
// domain error, or a server error for anything else.
func (k *Kit) FailJSON(w http.ResponseWriter, r *http.Request, err error) {
	var de *domain.Error
	if !errors.As(err, &de) {
		k.log.Error("api request failed", "method", r.Method, "path", r.URL.Path, "error", err)
		WriteJSONError(w, http.StatusInternalServerError, "Đã có lỗi trong hệ thống. Xin thử lại sau.")
		return
	}
	body := JSONError{Error: de.Message, Problems: make([]JSONProblem, 0, len(de.Problems))}
	for _, p := range de.Problems {
		body.Problems = append(body.Problems, JSONProblem{Field: p.Field, Message: p.Message})
	}
	WriteJSON(w, Status(de.Code), body)
}
