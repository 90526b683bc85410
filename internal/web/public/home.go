package public

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/web/ui"
)

// homePage is the public home page: one commune's (its name and the ways in:
// send a submission, track one, read published answers, staff sign-in), or,
// when the deployment serves several, the list of them to choose from.
type homePage struct {
	ui.Page
	Commune   *domain.Org     // the commune whose page this is; nil for the list
	Name      string          // "xã Xuân Hưng"
	Directory *orgs.Directory // the list; nil on a commune's page
	Others    bool            // the deployment serves other communes too: link back to the list
}

// Home answers "/" for a visitor: the home page of the deployment's
// commune, or the list of its communes.
func (h *Handlers) Home(w http.ResponseWriter, r *http.Request) {
	dir, err := h.uc.Orgs.Communes(r.Context(), r.URL.Query().Get("q"))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	if dir.All == 1 && dir.Query == "" {
		h.renderCommuneHome(w, r, dir.Communes[0].Org, false)
		return
	}
	data := &homePage{Page: h.ui.Page(r, "Phản ánh, kiến nghị về Nghị quyết 57-NQ/TW", "home"), Directory: &dir}
	h.ui.Render(w, r, http.StatusOK, "home", data)
}

// Commune answers "/xa/{org}": a commune's public home page.
func (h *Handlers) Commune(w http.ResponseWriter, r *http.Request) {
	org, err := h.uc.Orgs.PublicCommune(r.Context(), r.PathValue("org"))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	dir, err := h.uc.Orgs.Communes(r.Context(), "")
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.renderCommuneHome(w, r, org, dir.All > 1)
}

func (h *Handlers) renderCommuneHome(w http.ResponseWriter, r *http.Request, org domain.Org, others bool) {
	name := org.DisplayName()
	data := &homePage{Page: h.ui.Page(r, domain.UpperFirst(name), "home"), Commune: &org, Name: name, Others: others}
	h.ui.Render(w, r, http.StatusOK, "home", data)
}
