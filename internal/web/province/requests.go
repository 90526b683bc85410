package province

import (
	"net/http"

	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/web/ui"
)

// requestsPage lists the province's report requests.
type requestsPage struct {
	ui.Page
	Rows []requests.Row
}

// Requests lists the province's report requests (the Công văn): drafts,
// those that apply, those closed.
func (h *Handlers) Requests(w http.ResponseWriter, r *http.Request) {
	rows, err := h.uc.Requests.List(r.Context(), ui.ActorOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "province_requests", &requestsPage{Page: h.ui.Page(r, "Yêu cầu báo cáo", "requests"), Rows: rows})
}
