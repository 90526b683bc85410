package public

import (
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// lookupPage is the tracking page: a form for the code and, once found, the
// submission's status, deadline, history and answer.
type lookupPage struct {
	ui.Page
	Code     string // as typed, for the form
	Searched bool
	Found    bool
	Sub      submissions.PublicView
}

// DueLabel names the deadline the submission is waiting on.
func (p lookupPage) DueLabel() string {
	if p.Sub.DueStage == domain.StageAccept {
		return "Hạn tiếp nhận"
	}
	return "Hạn trả lời"
}

// Lookup shows a submission by its tracking code: typed in any
// case, with spaces or without dashes. The code is a bearer secret that the
// sender may share, so the page shows nothing of the sender's contact
// details.
func (h *Handlers) Lookup(w http.ResponseWriter, r *http.Request) {
	data := &lookupPage{Page: h.ui.Page(r, "Tra cứu phản ánh, kiến nghị", "lookup"), Code: domain.NFC(r.URL.Query().Get("ma"))}
	if strings.TrimSpace(data.Code) == "" {
		h.ui.Render(w, r, http.StatusOK, "public_lookup", data)
		return
	}
	data.Searched = true
	v, err := h.uc.Submissions.Track(r.Context(), data.Code)
	if domain.IsNotFound(err) {
		data.Title = "Không tìm thấy mã theo dõi"
		h.ui.Render(w, r, http.StatusNotFound, "public_lookup", data)
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data.Sub, data.Found, data.Code = v, true, v.Code
	data.Title = "Phản ánh, kiến nghị " + v.Code
	h.ui.Render(w, r, http.StatusOK, "public_lookup", data)
}
