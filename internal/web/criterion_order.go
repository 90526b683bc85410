package web

import (
	"net/http"
)

// moveCriterion moves a criterion one place up or down within its group;
// the group is renumbered from 1.
func (s *Server) moveCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	delta := map[string]int{"up": -1, "down": 1}[r.FormValue("direction")]
	if delta == 0 {
		s.badRequest(w, r, "Hướng chuyển phải là lên (up) hoặc xuống (down).")
		return
	}
	m, err := s.uc.programs.MoveCriterion(r.Context(), actorOf(r), id, delta)
	if err != nil {
		s.failRead(w, r, err)
		return
	}
	target := programURL(m.ProgramID) + "#c-" + itoa(id)
	switch {
	case m.To != "":
		redirectWithFlash(w, r, target, "Đã chuyển tiêu chí "+m.From+" thành "+m.To+".")
	case delta < 0:
		redirectWithFlash(w, r, target, "Tiêu chí "+m.From+" đã ở đầu nhóm.")
	default:
		redirectWithFlash(w, r, target, "Tiêu chí "+m.From+" đã ở cuối nhóm.")
	}
}

// deleteCriterion deletes a criterion that has no recorded data; one with
// data is refused, and the program page says why.
func (s *Server) deleteCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	d, err := s.uc.programs.DeleteCriterion(r.Context(), actorOf(r), id)
	if err == nil {
		redirectWithFlash(w, r, programURL(d.Program.ID), "Đã xóa tiêu chí "+d.Label+": "+d.Criterion.Text)
		return
	}
	if d.Program.ID == 0 || !isConflict(err) {
		s.failRead(w, r, err)
		return
	}
	data := s.programPageData(r, d.Program)
	data.Refusal = "Không xóa được: " + err.Error() + ". Số liệu đã nhập phải được giữ lại; có thể sửa nội dung tiêu chí thay vì xóa."
	s.render(w, r, http.StatusConflict, "program_show", data)
}
