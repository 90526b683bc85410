package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

type loginPage struct {
	ui.Page
	Login  string
	Next   string
	Errors ui.Errors
}

func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	if _, ok := ui.ViewerOf(r); ok {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.ui.Render(w, r, http.StatusOK, "login", &loginPage{Page: s.ui.Page(r, "Đăng nhập", ""), Next: safeNext(r.FormValue("next")), Errors: ui.Errors{}})
}

// login signs in (accounts.SignIn: throttled per login and address, with
// password hashing bounded) and starts a session.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	data := &loginPage{Page: s.ui.Page(r, "Đăng nhập", ""), Login: strings.ToLower(ui.Value(r, "login")),
		Next: safeNext(r.FormValue("next")), Errors: ui.Errors{}}
	signed, err := s.accounts.SignIn(r.Context(), accounts.SignInInput{
		Login: r.FormValue("login"), Password: r.FormValue("password"), Address: s.ui.ClientIP(r)})
	if err != nil {
		status := signInRefusal(err, data.Errors)
		if status == 0 {
			s.ui.ServerError(w, r, err)
			return
		}
		s.ui.Render(w, r, status, "login", data)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: signed.Token, Path: "/", HttpOnly: true, Secure: s.cfg.SecureCookies,
		SameSite: http.SameSiteLaxMode, MaxAge: int(signed.Expires.Sub(s.now()).Seconds()),
	})
	http.Redirect(w, r, data.Next, http.StatusSeeOther)
}

// signInRefusal puts why a sign-in was refused on the form and returns the
// status to answer with, or 0 for a server error.
func signInRefusal(err error, errs ui.Errors) int {
	switch {
	case errors.Is(err, accounts.ErrWrongPassword):
		errs.Add("", err.Error())
		return http.StatusUnauthorized
	case errs.FromDomain(err):
		return http.StatusUnprocessableEntity
	case domain.ErrorCode(err) == domain.TooMany:
		errs.Add("", err.Error())
		return http.StatusTooManyRequests
	case domain.ErrorCode(err) == domain.Busy:
		errs.Add("", err.Error())
		return http.StatusServiceUnavailable
	}
	return 0
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if v, ok := ui.ViewerOf(r); ok {
		if err := s.accounts.SignOut(r.Context(), v.Token); err != nil {
			s.ui.ServerError(w, r, err)
			return
		}
	}
	s.clearSessionCookie(w)
	ui.Redirect(w, r, "/login", "Đã đăng xuất.")
}

func (s *Server) clearSessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode})
}

// safeNext keeps a post-sign-in redirect on this site: a path of its own,
// never "//host" or "/\host", which browsers read as another site, and
// nothing with a control character, a backslash or bytes that are not UTF-8,
// since browsers drop tabs and line breaks from a URL ("/\t/evil.example" is
// "//evil.example") and read "\" as "/".
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.ContainsRune(next, '\\') || domain.CheckText(next, false) != "" || strings.ContainsRune(next, '\t') {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || u.User != nil {
		return "/"
	}
	return next
}
