package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/auth"
)

type passwordPage struct {
	Page
	Errors fieldErrors
}

func (s *Server) passwordForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "password", &passwordPage{Page: s.page(r, "Đổi mật khẩu", ""), Errors: fieldErrors{}})
}

// changePassword sets the signed-in user's own password and ends their other
// sessions.
func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	data := &passwordPage{Page: s.page(r, "Đổi mật khẩu", ""), Errors: fieldErrors{}}
	current, next, again := r.FormValue("current"), r.FormValue("new"), r.FormValue("again")
	if !auth.CheckPassword(current, v.User.PasswordHash) {
		data.Errors.add("current", "Mật khẩu hiện tại không đúng.")
	}
	if msg := auth.CheckStrength(next); msg != "" {
		data.Errors.add("new", "Mật khẩu mới: "+msg+".")
	} else if next == current {
		data.Errors.add("new", "Mật khẩu mới phải khác mật khẩu hiện tại.")
	}
	if again != next {
		data.Errors.add("again", "Nhập lại chưa khớp với mật khẩu mới.")
	}
	if data.Errors.any() {
		s.render(w, r, http.StatusUnprocessableEntity, "password", data)
		return
	}
	hash, err := auth.HashPassword(next)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	user := v.User
	user.PasswordHash, user.MustChange = hash, false
	if err := s.saveUserAudited(r, user, "user.password"); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.store.DeleteUserSessions(r.Context(), user.ID, v.token); err != nil {
		s.serverError(w, r, err)
		return
	}
	redirectWithFlash(w, r, "/", "Đã đổi mật khẩu.")
}
