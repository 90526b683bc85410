package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/web/ui"
)

type passwordPage struct {
	ui.Page
	Errors ui.Errors
}

func (s *Server) passwordForm(w http.ResponseWriter, r *http.Request) {
	s.ui.Render(w, r, http.StatusOK, "password", &passwordPage{Page: s.ui.Page(r, "Đổi mật khẩu", ""), Errors: ui.Errors{}})
}

// changePassword sets the signed-in user's own password and ends their other
// sessions.
func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) {
	v := ui.MustViewer(r)
	err := s.accounts.ChangePassword(r.Context(), v.Actor(), accounts.PasswordChange{
		Current: r.FormValue("current"), New: r.FormValue("new"), Again: r.FormValue("again"), Session: v.Token})
	if err != nil {
		data := &passwordPage{Page: s.ui.Page(r, "Đổi mật khẩu", ""), Errors: ui.Errors{}}
		if !data.Errors.FromDomain(err) {
			s.ui.Fail(w, r, err)
			return
		}
		s.ui.Render(w, r, http.StatusUnprocessableEntity, "password", data)
		return
	}
	ui.Redirect(w, r, "/", "Đã đổi mật khẩu.")
}
