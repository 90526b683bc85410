package ui

import (
	"net/http"
	"net/url"
)

// flashCookie holds the one-time message of the next page.
const flashCookie = "nq57_flash"

// Redirect sends the browser to target (303, so that it GETs it) with a
// message to show there once ("Đã lưu …").
func Redirect(w http.ResponseWriter, r *http.Request, target, message string) {
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: url.QueryEscape(message), Path: "/", MaxAge: 60, HttpOnly: true,
		Secure: SecureCookies(r), SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, target, http.StatusSeeOther)
}
