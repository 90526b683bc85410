package ui

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

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
	// Unread is how many notifications the signed-in person has not read.
	Unread int
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
func (p Page) Can(a domain.Action) bool { return p.Signed && domain.Permitted(p.Org, p.User.Role, a) }

// RoleLabel names the signed-in person's role as their organisation calls it.
func (p Page) RoleLabel() string { return p.User.Role.LabelAt(p.Org.Level) }

// Province reports whether the signed-in person works for a province.
func (p Page) Province() bool { return p.Signed && p.Org.Level == domain.LevelProvince }

// Page builds the Page of a request.
func (k *Kit) Page(r *http.Request, title, nav string) Page {
	p := Page{Title: title, Nav: nav}
	if v, ok := ViewerOf(r); ok {
		p.User, p.Org, p.Signed = v.User, v.Org, true
		if k.cfg.Unread != nil {
			p.Unread = k.cfg.Unread(r)
		}
	}
	if c, err := r.Cookie(flashCookie); err == nil {
		p.Flash, _ = url.QueryUnescape(c.Value)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && k.cfg.GetURL != nil {
		p.GetURL = k.cfg.GetURL(r)
	}
	return p
}
