package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
)

// homePage is the public home page: one commune's (its name and the ways in:
// send a submission, track one, read published answers, staff sign-in), or,
// when the deployment serves several, the list of them to choose from.
type homePage struct {
	Page
	Commune   *domain.Org     // the commune whose page this is; nil for the list
	Name      string          // "xã Xuân Hưng"
	Directory *orgs.Directory // the list; nil on a commune's page
	Others    bool            // the deployment serves other communes too: link back to the list
}

// home answers "/": the dashboard for a signed-in person, and for a visitor
// the home page of the deployment's commune, or the list of its communes.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	if _, ok := viewerOf(r); ok {
		s.require(domain.ActView, s.dashboard)(w, r)
		return
	}
	dir, err := s.uc.orgs.Communes(r.Context(), r.URL.Query().Get("q"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if dir.All == 1 && dir.Query == "" {
		s.renderCommuneHome(w, r, dir.Communes[0].Org, false)
		return
	}
	data := &homePage{Page: s.page(r, "Phản ánh, kiến nghị về Nghị quyết 57-NQ/TW", "home"), Directory: &dir}
	s.render(w, r, http.StatusOK, "home", data)
}

// communeHome answers "/xa/{org}": a commune's public home page.
func (s *Server) communeHome(w http.ResponseWriter, r *http.Request) {
	org, err := s.uc.orgs.PublicCommune(r.Context(), r.PathValue("org"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	dir, err := s.uc.orgs.Communes(r.Context(), "")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.renderCommuneHome(w, r, org, dir.All > 1)
}

func (s *Server) renderCommuneHome(w http.ResponseWriter, r *http.Request, org domain.Org, others bool) {
	name := org.DisplayName()
	data := &homePage{Page: s.page(r, domain.UpperFirst(name), "home"), Commune: &org, Name: name, Others: others}
	s.render(w, r, http.StatusOK, "home", data)
}
