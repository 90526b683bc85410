package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// home answers "/": the commune's dashboard for a signed-in person of a
// commune, the completeness page for one of a province, and for
// a visitor the public home page of the deployment's commune, or the list of
// its communes.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	if v, ok := ui.ViewerOf(r); ok {
		if v.Org.Level == domain.LevelProvince {
			http.Redirect(w, r, "/province", http.StatusSeeOther)
			return
		}
		s.require(domain.ActView, s.commune.Dashboard)(w, r)
		return
	}
	s.public.Home(w, r)
}
