package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

//go:embed templates static
var assets embed.FS

// Page is what every page shows around its content: the title, who is signed
// in, the organisation, the active menu entry and a one-time message.
type Page struct {
	Title  string
	User   domain.User
	Org    domain.Org
	Nav    string // "dashboard", "programs", "data", "meetings", "reports", "users", "audit"
	Flash  string
	Signed bool
	// GetURL is set on a page that answers a form's POST (a form shown again
	// with its errors, a preview): the GET address the browser should show
	// instead, so that reloading the page never sends the form again.
	GetURL string
}

// UserName is how the bar names the signed-in person: their name, or their
// login when they have none.
func (p Page) UserName() string {
	if p.User.Name != "" {
		return p.User.Name
	}
	return p.User.Login
}

// GivenName is the last word of the person's name, as colleagues call them
// ("Quản" for "Nguyễn Văn Quản"), or their login: the short form of the bar
// on a wide screen.
func (p Page) GivenName() string {
	words := strings.Fields(p.User.Name)
	if len(words) == 0 {
		return p.User.Login
	}
	return words[len(words)-1]
}

// Can reports whether the signed-in user may do the action; templates use it
// to show only the buttons that will work.
func (p Page) Can(a domain.Action) bool { return p.Signed && p.User.Can(a) }

// page builds the Page of a request.
func (s *Server) page(r *http.Request, title, nav string) Page {
	p := Page{Title: title, Nav: nav}
	if v, ok := viewerOf(r); ok {
		p.User, p.Org, p.Signed = v.User, v.Org, true
	}
	if c, err := r.Cookie(flashCookie); err == nil {
		p.Flash, _ = url.QueryUnescape(c.Value)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		p.GetURL = s.getURLOf(r)
	}
	return p
}

// pages holds one parsed template set per page: the layout, the shared
// partials and the page's own file.
type pages struct {
	sets map[string]*template.Template
}

func parsePages() (*pages, error) {
	files, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	partials, err := fs.Glob(assets, "templates/partials/*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" {
			continue
		}
		t := template.New("layout").Funcs(funcs)
		patterns := append([]string{"templates/layout.html"}, partials...)
		if t, err = t.ParseFS(assets, append(patterns, f)...); err != nil {
			return nil, fmt.Errorf("parse page %s: %w", name, err)
		}
		p.sets[name] = t
	}
	return p, nil
}

// render writes the named page with its data. It renders into a buffer first,
// so that a template error gives the error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	t, ok := s.pages.sets[name]
	if !ok {
		s.log.Error("no such page template", "name", name)
		http.Error(w, "Lỗi hệ thống: thiếu mẫu trang "+name, http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("render page", "name", name, "error", err)
		http.Error(w, "Lỗi hệ thống khi hiển thị trang.", http.StatusInternalServerError)
		return
	}
	if _, err := r.Cookie(flashCookie); err == nil {
		http.SetCookie(w, &http.Cookie{Name: flashCookie, Path: "/", MaxAge: -1, Secure: secureCookies(r)})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

const flashCookie = "nq57_flash"

// redirectWithFlash sends the browser to target with a message to show there
// once ("Đã lưu …").
func redirectWithFlash(w http.ResponseWriter, r *http.Request, target, message string) {
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: url.QueryEscape(message), Path: "/", MaxAge: 60, HttpOnly: true,
		Secure: secureCookies(r), SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// funcs are the helpers every template may call.
var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("02/01/2006")
	},
	"datetime": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(domain.Vietnam).Format("02/01/2006 15:04")
	},
	"isodate": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	},
	"num":     numText,
	"targets": domain.FormatTargets,
	"statusClass": func(st domain.Status) string {
		return "status-" + strings.ReplaceAll(string(st), "_", "-")
	},
	"percent": func(n, total int) int {
		if total == 0 {
			return 0
		}
		return n * 100 / total
	},
	"add": func(a, b int) int { return a + b },
}
