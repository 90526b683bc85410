package commune

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/web/ui"
)

// NewCriterionForm shows the form that adds a criterion to a program, in the
// group of ?group= or else the last.
func (h *Handlers) NewCriterionForm(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	d, err := h.uc.Programs.NewCriterion(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	data := h.criterionPage(r, d)
	if g, err := strconv.ParseInt(r.FormValue("group"), 10, 64); err == nil {
		data.Form.GroupID = g
	} else if n := len(d.Program.Groups); n > 0 {
		data.Form.GroupID = d.Program.Groups[n-1].ID
	}
	h.ui.Render(w, r, http.StatusOK, "criterion_form", data)
}

// CreateCriterion adds a criterion at the end of its group, numbered next.
func (h *Handlers) CreateCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	form := readCriterionForm(r)
	saved, err := h.uc.Programs.CreateCriterion(r.Context(), ui.ActorOf(r), id, form.input())
	if err == nil {
		ui.Redirect(w, r, programURL(id), "Đã thêm tiêu chí "+saved.Key+".")
		return
	}
	d, derr := h.uc.Programs.NewCriterion(r.Context(), ui.ActorOf(r), id)
	if derr != nil {
		h.ui.FailRead(w, r, derr)
		return
	}
	h.refusedCriterion(w, r, err, form, d)
}
