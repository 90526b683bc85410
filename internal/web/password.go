package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/accounts"
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
	err := s.uc.accounts.ChangePassword(r.Context(), v.actor(), accounts.PasswordChange{
		Current: r.FormValue("current"), New: r.FormValue("new"), Again: r.FormValue("again"), Session: v.token})
	if err != nil {
		data := &passwordPage{Page: s.page(r, "Đổi mật khẩu", ""), Errors: fieldErrors{}}
		if !data.Errors.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
		s.render(w, r, http.StatusUnprocessableEntity, "password", data)
		return
	}
	redirectWithFlash(w, r, "/", "Đã đổi mật khẩu.")
}
