package ui

import (
	"bytes"
	"net/http"
)

// Render writes the named page with its data. It renders into a buffer
// first, so that a template error gives the error page rather than half a
// page.
func (k *Kit) Render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	t, ok := k.pages[name]
	if !ok {
		k.log.Error("no such page template", "name", name)
		http.Error(w, "Lỗi hệ thống: thiếu mẫu trang "+name, http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		k.log.Error("render page", "name", name, "error", err)
		http.Error(w, "Lỗi hệ thống khi hiển thị trang.", http.StatusInternalServerError)
		return
	}
	if _, err := r.Cookie(flashCookie); err == nil {
		http.SetCookie(w, &http.Cookie{Name: flashCookie, Path: "/", MaxAge: -1, Secure: SecureCookies(r)})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	buf.WriteTo(w)
}
