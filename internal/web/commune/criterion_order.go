package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/web/ui"
)

// MoveCriterion moves a criterion one place up or down within its group;
// the group is renumbered from 1.
func (h *Handlers) MoveCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	delta := map[string]int{"up": -1, "down": 1}[r.FormValue("direction")]
	if delta == 0 {
		h.ui.BadRequest(w, r, "Hướng chuyển phải là lên (up) hoặc xuống (down).")
		return
	}
	m, err := h.uc.Programs.MoveCriterion(r.Context(), ui.ActorOf(r), id, delta)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	target := programURL(m.ProgramID) + "#c-" + itoa(id)
	switch {
	case m.To != "":
		ui.Redirect(w, r, target, "Đã chuyển tiêu chí "+m.From+" thành "+m.To+".")
	case delta < 0:
		ui.Redirect(w, r, target, "Tiêu chí "+m.From+" đã ở đầu nhóm.")
	default:
		ui.Redirect(w, r, target, "Tiêu chí "+m.From+" đã ở cuối nhóm.")
	}
}

// DeleteCriterion deletes a criterion that has no recorded data; one with
// data is refused, and the program page says why.
func (h *Handlers) DeleteCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	d, err := h.uc.Programs.DeleteCriterion(r.Context(), ui.ActorOf(r), id)
	if err == nil {
		ui.Redirect(w, r, programURL(d.Program.ID), "Đã xóa tiêu chí "+d.Label+": "+d.Criterion.Text)
		return
	}
	if d.Program.ID == 0 || !isConflict(err) {
		h.ui.FailRead(w, r, err)
		return
	}
	data := h.programPageData(r, d.Program)
	data.Refusal = "Không xóa được: " + err.Error() + ". Số liệu đã nhập phải được giữ lại; có thể sửa nội dung tiêu chí thay vì xóa."
	h.ui.Render(w, r, http.StatusConflict, "program_show", data)
}
