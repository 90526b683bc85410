package province

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/web/ui"
)

// deactivatePage asks to confirm that a commune stops, with the reason.
type deactivatePage struct {
	ui.Page
	Commune orgs.CommuneRow
	Reason  string
	Errors  ui.Errors
}

// DeactivateCommune deactivates a commune of the province in two steps: the
// list's form asks for the reason and this page, without "confirm", says
// what deactivating does and asks again; with "confirm" it deactivates and
// goes back to the list.
func (h *Handlers) DeactivateCommune(w http.ResponseWriter, r *http.Request) {
	a, code := ui.ActorOf(r), r.PathValue("code")
	row, err := h.uc.Orgs.ProvinceCommune(r.Context(), a, code)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data := &deactivatePage{Page: h.ui.Page(r, "Ngừng hoạt động "+row.DisplayName(), "communes"), Commune: row,
		Reason: ui.Text(r, "reason"), Errors: ui.Errors{}}
	if r.FormValue("confirm") != "1" {
		h.ui.Render(w, r, http.StatusOK, "province_communes_deactivate", data)
		return
	}
	o, err := h.uc.Orgs.DeactivateCommune(r.Context(), a, code, data.Reason)
	switch {
	case err == nil:
		ui.Redirect(w, r, "/province/communes", domain.UpperFirst(o.DisplayName())+" đã ngừng hoạt động: dữ liệu được giữ để xem.")
	case data.Errors.FromDomain(err):
		h.ui.Render(w, r, http.StatusUnprocessableEntity, "province_communes_deactivate", data)
	case domain.ErrorCode(err) == domain.Conflict:
		data.Errors.Add("", err.Error())
		h.ui.Render(w, r, http.StatusConflict, "province_communes_deactivate", data)
	default:
		h.ui.Fail(w, r, err)
	}
}
