package web

import (
	"errors"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// fail answers with the page that fits err: a domain error's own Vietnamese
// message with its status, or the server-error page for anything else.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var de *domain.Error
	if !errors.As(err, &de) {
		s.serverError(w, r, err)
		return
	}
	status := map[domain.Code]int{
		domain.Invalid:   http.StatusUnprocessableEntity,
		domain.NotFound:  http.StatusNotFound,
		domain.Conflict:  http.StatusConflict,
		domain.Forbidden: http.StatusForbidden,
		domain.Stale:     http.StatusConflict,
	}[de.Code]
	if status == 0 {
		status = http.StatusBadRequest
	}
	s.renderError(w, r, status, de.Error())
}

func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	s.renderError(w, r, http.StatusInternalServerError, "Đã có lỗi trong hệ thống. Xin thử lại; nếu vẫn lỗi, báo cho quản trị.")
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, http.StatusNotFound, "Không tìm thấy trang hoặc dữ liệu này.")
}

func (s *Server) forbidden(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, http.StatusForbidden, "Tài khoản của bạn không có quyền làm việc này.")
}

func (s *Server) badRequest(w http.ResponseWriter, r *http.Request, message string) {
	s.renderError(w, r, http.StatusBadRequest, message)
}

type errorPage struct {
	Page
	Status  int
	Message string
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, message string) {
	title := map[int]string{
		http.StatusNotFound:  "Không tìm thấy",
		http.StatusForbidden: "Không có quyền",
	}[status]
	if title == "" {
		title = "Có lỗi"
	}
	s.render(w, r, status, "error", &errorPage{Page: s.page(r, title, ""), Status: status, Message: message})
}
