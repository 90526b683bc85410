package ui

import (
	"errors"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// Status is the HTTP status that answers a domain error's code: 422 for
// invalid input, 409 for a conflict or a save against an older version
// (Stale), 404, 403, 429, 503, and 400 for any other code.
func Status(code domain.Code) int {
	status := map[domain.Code]int{
		domain.Invalid:   http.StatusUnprocessableEntity,
		domain.NotFound:  http.StatusNotFound,
		domain.Conflict:  http.StatusConflict,
		domain.Forbidden: http.StatusForbidden,
		domain.Stale:     http.StatusConflict,
		domain.TooMany:   http.StatusTooManyRequests,
		domain.Busy:      http.StatusServiceUnavailable,
	}[code]
	if status == 0 {
		return http.StatusBadRequest
	}
	return status
}

// Fail answers with the page that fits err: a domain error's own Vietnamese
// message with its status, or the server-error page for anything else.
func (k *Kit) Fail(w http.ResponseWriter, r *http.Request, err error) {
	var de *domain.Error
	if !errors.As(err, &de) {
		k.ServerError(w, r, err)
		return
	}
	k.Error(w, r, Status(de.Code), de.Error())
}

// FailRead answers a read use case's error: 404 for a record that is not
// the organisation's (the same as none, so that nothing leaks), the domain's
// own page otherwise.
func (k *Kit) FailRead(w http.ResponseWriter, r *http.Request, err error) {
	if domain.IsNotFound(err) {
		k.NotFound(w, r)
		return
	}
	k.Fail(w, r, err)
}

// ServerError logs err and answers with the server-error page.
func (k *Kit) ServerError(w http.ResponseWriter, r *http.Request, err error) {
	k.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	k.Error(w, r, http.StatusInternalServerError, ServerErrorMessage)
}

// ServerErrorMessage is what a person reads when the server failed.
const ServerErrorMessage = "Đã có lỗi trong hệ thống. Xin thử lại; nếu vẫn lỗi, báo cho quản trị."

// NotFound answers with the not-found page.
func (k *Kit) NotFound(w http.ResponseWriter, r *http.Request) {
	k.Error(w, r, http.StatusNotFound, "Không tìm thấy trang hoặc dữ liệu này.")
}

// Forbidden answers a user whose role does not allow the request.
func (k *Kit) Forbidden(w http.ResponseWriter, r *http.Request) {
	k.Error(w, r, http.StatusForbidden, "Tài khoản của bạn không có quyền làm việc này.")
}

// BadRequest answers a request that cannot be read, saying why.
func (k *Kit) BadRequest(w http.ResponseWriter, r *http.Request, message string) {
	k.Error(w, r, http.StatusBadRequest, message)
}

// RefuseText answers a request holding text nq57 never keeps (see
// BadFormText), naming the field.
func (k *Kit) RefuseText(w http.ResponseWriter, r *http.Request, field, problem string) {
	where := "Nội dung gửi lên"
	if field != "" {
		where = "Ô “" + field + "”"
	}
	k.Error(w, r, http.StatusUnprocessableEntity, where+" "+problem+". Chưa lưu gì: hãy xóa ký tự đó rồi gửi lại.")
}

type errorPage struct {
	Page
	Status  int
	Message string
}

// Error answers with the error page: the status and the message.
func (k *Kit) Error(w http.ResponseWriter, r *http.Request, status int, message string) {
	title := map[int]string{
		http.StatusNotFound:  "Không tìm thấy",
		http.StatusForbidden: "Không có quyền",
	}[status]
	if title == "" {
		title = "Có lỗi"
	}
	k.Render(w, r, status, "error", &errorPage{Page: k.Page(r, title, ""), Status: status, Message: message})
}
