package commune

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// dataStatusBody is the answer of POST /data/status: the status a row of the
// grid would have if saved as typed, or what a save would refuse in it.
type dataStatusBody struct {
	Status   string           `json:"status"` // "met", "not_met", "no_data"; "" when there are problems
	Label    string           `json:"label"`
	Problems []ui.JSONProblem `json:"problems,omitempty"` // under the names of the row's inputs
}

// DataStatus answers, as the person types (data.js asks after each pause),
// with the status of one row computed by the save's own reading and rules
// (entry.Status): the page never shows "Đạt" for what a save refuses. The
// form holds "period", "row" (the criterion) and the row's inputs.
func (h *Handlers) DataStatus(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		h.ui.FailJSON(w, r, domain.Errorf(domain.Invalid, "không đọc được biểu mẫu gửi lên"))
		return
	}
	q, err := h.dataQuery(r.PostForm)
	if err != nil {
		h.ui.FailJSON(w, r, err)
		return
	}
	id, err := strconv.ParseInt(r.PostFormValue("row"), 10, 64)
	if err != nil {
		h.ui.FailJSON(w, r, domain.Errorf(domain.NotFound, "không có tiêu chí này"))
		return
	}
	st, err := h.uc.Entry.Status(r.Context(), ui.ActorOf(r), q.Period, rowInput(r.PostForm, id))
	if err != nil {
		h.ui.FailJSON(w, r, err)
		return
	}
	body := dataStatusBody{Status: string(st.Status), Label: "Cần sửa"}
	if st.Status != "" {
		body.Label = st.Status.Label()
	}
	for _, p := range st.Problems {
		body.Problems = append(body.Problems, ui.JSONProblem{Field: p.Field, Message: p.Message})
	}
	ui.WriteJSON(w, http.StatusOK, body)
}
