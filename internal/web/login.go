package web

import (
	"net"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
)

type loginPage struct {
	Page
	Login  string
	Next   string
	Errors fieldErrors
}

func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	if _, ok := viewerOf(r); ok {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "login", &loginPage{Page: s.page(r, "Đăng nhập", ""), Next: safeNext(r.FormValue("next")), Errors: fieldErrors{}})
}

// login checks the password, throttling failures per login and per client
// address (kept in the database, so every instance counts them), and starts a
// session.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	login := strings.ToLower(formValue(r, "login"))
	password := r.FormValue("password")
	data := &loginPage{Page: s.page(r, "Đăng nhập", ""), Login: login, Next: safeNext(r.FormValue("next")), Errors: fieldErrors{}}
	if login == "" {
		data.Errors.add("login", "Nhập tên đăng nhập.")
	}
	if password == "" {
		data.Errors.add("password", "Nhập mật khẩu.")
	}
	if data.Errors.any() {
		s.render(w, r, http.StatusUnprocessableEntity, "login", data)
		return
	}
	keys := []string{"login:" + login, "ip:" + s.clientIP(r)}
	throttled, err := s.throttled(r, keys)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if throttled {
		data.Errors.add("", "Đăng nhập sai quá nhiều lần. Xin đợi 15 phút rồi thử lại.")
		s.render(w, r, http.StatusTooManyRequests, "login", data)
		return
	}
	user, ok, err := s.checkPassword(r, login, password)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if !ok {
		for _, k := range keys {
			if err := s.store.RecordLoginFailure(r.Context(), k, s.now()); err != nil {
				s.serverError(w, r, err)
				return
			}
		}
		data.Errors.add("", "Tên đăng nhập hoặc mật khẩu không đúng.")
		s.render(w, r, http.StatusUnauthorized, "login", data)
		return
	}
	if err := s.store.ClearLoginFailures(r.Context(), keys[0], s.now().Add(-s.cfg.LoginWindow)); err != nil {
		s.serverError(w, r, err)
		return
	}
	if err := s.startSession(w, r, user); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, data.Next, http.StatusSeeOther)
}

func (s *Server) throttled(r *http.Request, keys []string) (bool, error) {
	since := s.now().Add(-s.cfg.LoginWindow)
	for _, k := range keys {
		n, err := s.store.LoginFailures(r.Context(), k, since)
		if err != nil {
			return false, err
		}
		if n >= s.cfg.LoginMaxFails {
			return true, nil
		}
	}
	return false, nil
}

// checkPassword returns the user if the password is theirs. An unknown login
// costs the same time as a wrong password.
func (s *Server) checkPassword(r *http.Request, login, password string) (domain.User, bool, error) {
	user, err := s.store.UserByLogin(r.Context(), login)
	if domain.IsNotFound(err) {
		auth.WasteTime(password)
		return domain.User{}, false, nil
	}
	if err != nil {
		return domain.User{}, false, err
	}
	if user.Disabled || !auth.CheckPassword(password, user.PasswordHash) {
		return domain.User{}, false, nil
	}
	return user, true, nil
}

func (s *Server) startSession(w http.ResponseWriter, r *http.Request, user domain.User) error {
	token, err := auth.NewToken()
	if err != nil {
		return err
	}
	now := s.now()
	if err := s.store.CreateSession(r.Context(), auth.HashToken(token), user.ID, now, now.Add(s.cfg.SessionTTL)); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", HttpOnly: true, Secure: s.cfg.SecureCookies,
		SameSite: http.SameSiteLaxMode, MaxAge: int(s.cfg.SessionTTL.Seconds()),
	})
	return nil
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if v, ok := viewerOf(r); ok {
		if err := s.store.DeleteSession(r.Context(), v.token); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	s.clearSessionCookie(w)
	redirectWithFlash(w, r, "/login", "Đã đăng xuất.")
}

func (s *Server) clearSessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode})
}

// safeNext keeps a post-sign-in redirect on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

// clientIP is the address the request came from. Behind a reverse proxy
// (Config.BehindProxy) it is the address the proxy appended last to
// X-Forwarded-For — the one a client cannot forge; otherwise every client
// would share the proxy's address and its limits.
func (s *Server) clientIP(r *http.Request) string {
	if s.cfg.BehindProxy {
		if hops := strings.Split(r.Header.Get("X-Forwarded-For"), ","); len(hops) > 0 {
			if last := strings.TrimSpace(hops[len(hops)-1]); net.ParseIP(last) != nil {
				return last
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
