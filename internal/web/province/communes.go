package province

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/web/ui"
)

// communesPage is the province's communes: the list with its filter, the
// form that adds one and, once added, its administrator's one-time
// password, shown this once.
type communesPage struct {
	ui.Page
	List   orgs.CommuneList
	Filter orgs.CommuneFilter
	Types  []domain.CommuneType
	Form   orgs.CommuneForm
	Errors ui.Errors
	Made   *orgs.NewOrg
}

// Filtered reports whether the list is narrowed by its filter.
func (p communesPage) Filtered() bool { return p.Filter != orgs.CommuneFilter{} }

func (h *Handlers) communesData(r *http.Request, f orgs.CommuneFilter) (*communesPage, error) {
	list, err := h.uc.Orgs.ProvinceCommunes(r.Context(), ui.ActorOf(r), f)
	if err != nil {
		return nil, err
	}
	return &communesPage{Page: h.ui.Page(r, "Xã, phường", "communes"), List: list, Filter: f, Types: orgs.CommuneTypes(),
		Form: orgs.CommuneForm{Type: string(domain.TypeXa)}, Errors: ui.Errors{}}, nil
}

// filterOf reads the list's filter from the query; an unknown value shows
// everything.
func filterOf(r *http.Request) orgs.CommuneFilter {
	var f orgs.CommuneFilter
	if t, err := domain.ParseCommuneType(r.URL.Query().Get("type")); err == nil {
		f.Type = t
	}
	if s := r.URL.Query().Get("state"); s == orgs.StateActive || s == orgs.StateInactive {
		f.State = s
	}
	return f
}

// Communes lists the province's communes, filtered by type and state.
func (h *Handlers) Communes(w http.ResponseWriter, r *http.Request) {
	data, err := h.communesData(r, filterOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "province_communes", data)
}

// AddCommune adds a commune with its administrator and shows the
// administrator's one-time password once; a refused form comes back with
// each problem beside its field and what was typed.
func (h *Handlers) AddCommune(w http.ResponseWriter, r *http.Request) {
	form := orgs.CommuneForm{Name: ui.Value(r, "name"), Type: ui.Value(r, "type"), OfficialCode: ui.Value(r, "official_code"),
		Code: ui.Value(r, "code"), AdminLogin: ui.Value(r, "admin_login"), AdminName: ui.Value(r, "admin_name"), AdminEmail: ui.Value(r, "admin_email")}
	made, err := h.uc.Orgs.AddCommune(r.Context(), ui.ActorOf(r), form)
	errs := ui.Errors{}
	if err != nil && !errs.FromDomain(err) {
		h.ui.Fail(w, r, err)
		return
	}
	data, lerr := h.communesData(r, orgs.CommuneFilter{})
	if lerr != nil {
		h.ui.Fail(w, r, lerr)
		return
	}
	if err != nil {
		data.Form, data.Errors = form, errs
		h.ui.Render(w, r, http.StatusUnprocessableEntity, "province_communes", data)
		return
	}
	data.Made = &made
	h.ui.Render(w, r, http.StatusOK, "province_communes", data)
}
