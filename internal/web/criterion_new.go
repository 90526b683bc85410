package web

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

func (s *Server) newCriterionForm(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	data, err := s.criterionPageData(r, p, "Thêm tiêu chí · "+p.Number)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Action = programURL(p.ID) + "/criteria"
	if id, err := strconv.ParseInt(r.FormValue("group"), 10, 64); err == nil {
		data.Form.GroupID = id
	} else if len(p.Groups) > 0 {
		data.Form.GroupID = p.Groups[len(p.Groups)-1].ID
	}
	s.renderCriterionForm(w, r, http.StatusOK, data)
}

// createCriterion adds a criterion at the end of its group, numbered next.
func (s *Server) createCriterion(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	data, err := s.criterionPageData(r, p, "Thêm tiêu chí · "+p.Number)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Action = programURL(p.ID) + "/criteria"
	form, c, errs := readCriterionForm(r, &p)
	data.Form, data.Errors = form, errs
	if errs.any() {
		s.renderCriterionForm(w, r, http.StatusUnprocessableEntity, data)
		return
	}
	linkCriterionUnits(&c, data.Units)
	var key string
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		g := findGroup(&p, form.GroupID)
		c.Number = 1
		if n := len(g.Criteria); n > 0 {
			c.Number = g.Criteria[n-1].Number + 1
		}
		g.Criteria = append(g.Criteria, c)
		if err := tx.SaveProgram(r.Context(), &p); err != nil {
			return err
		}
		key = domain.CriterionKey(*g, c)
		return s.audit(tx, r, "criterion.add", "tiêu chí "+key+" ("+p.Number+")", nil, snapshotCriterion(*g, c), "")
	})
	if err != nil {
		if !data.Errors.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
		s.renderCriterionForm(w, r, http.StatusUnprocessableEntity, data)
		return
	}
	redirectWithFlash(w, r, programURL(p.ID), "Đã thêm tiêu chí "+key+".")
}
