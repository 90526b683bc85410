package web

import (
	"net/http"
	"strconv"
)

func (s *Server) newCriterionForm(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	d, err := s.uc.programs.NewCriterion(r.Context(), actorOf(r), id)
	if err != nil {
		s.failRead(w, r, err)
		return
	}
	data := s.criterionPage(r, d)
	if g, err := strconv.ParseInt(r.FormValue("group"), 10, 64); err == nil {
		data.Form.GroupID = g
	} else if n := len(d.Program.Groups); n > 0 {
		data.Form.GroupID = d.Program.Groups[n-1].ID
	}
	s.render(w, r, http.StatusOK, "criterion_form", data)
}

// createCriterion adds a criterion at the end of its group, numbered next.
func (s *Server) createCriterion(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	form := readCriterionForm(r)
	saved, err := s.uc.programs.CreateCriterion(r.Context(), actorOf(r), id, form.input())
	if err == nil {
		redirectWithFlash(w, r, programURL(id), "Đã thêm tiêu chí "+saved.Key+".")
		return
	}
	d, derr := s.uc.programs.NewCriterion(r.Context(), actorOf(r), id)
	if derr != nil {
		s.failRead(w, r, derr)
		return
	}
	s.refusedCriterion(w, r, err, form, d)
}
