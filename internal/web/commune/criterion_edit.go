package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/web/ui"
)

// EditCriterionForm shows the form that edits a criterion.
func (h *Handlers) EditCriterionForm(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	d, err := h.uc.Programs.EditCriterion(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "criterion_form", h.criterionPage(r, d))
}

// UpdateCriterion saves the criterion's text, targets and roles, and moves
// it to the end of another group if another was chosen. The criterion keeps
// its ID, and so the progress recorded for it.
func (h *Handlers) UpdateCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	form := readCriterionForm(r)
	saved, err := h.uc.Programs.UpdateCriterion(r.Context(), ui.ActorOf(r), id, form.input())
	if err == nil {
		ui.Redirect(w, r, programURL(saved.ProgramID)+"#c-"+itoa(id), "Đã lưu tiêu chí "+saved.Key+".")
		return
	}
	d, derr := h.uc.Programs.EditCriterion(r.Context(), ui.ActorOf(r), id)
	if derr != nil {
		h.ui.FailRead(w, r, derr)
		return
	}
	h.refusedCriterion(w, r, err, form, d)
}
