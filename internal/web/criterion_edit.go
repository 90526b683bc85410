package web

import (
	"net/http"
)

func (s *Server) editCriterionForm(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	d, err := s.uc.programs.EditCriterion(r.Context(), actorOf(r), id)
	if err != nil {
		s.failRead(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "criterion_form", s.criterionPage(r, d))
}

// updateCriterion saves the criterion's text, targets and roles, and moves
// it to the end of another group if another was chosen. The criterion keeps
// its ID, and so the progress recorded for it.
func (s *Server) updateCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	form := readCriterionForm(r)
	saved, err := s.uc.programs.UpdateCriterion(r.Context(), actorOf(r), id, form.input())
	if err == nil {
		redirectWithFlash(w, r, programURL(saved.ProgramID)+"#c-"+itoa(id), "Đã lưu tiêu chí "+saved.Key+".")
		return
	}
	d, derr := s.uc.programs.EditCriterion(r.Context(), actorOf(r), id)
	if derr != nil {
		s.failRead(w, r, derr)
		return
	}
	s.refusedCriterion(w, r, err, form, d)
}
