package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

func (s *Server) editCriterionForm(w http.ResponseWriter, r *http.Request) {
	ref, p, ok := s.ownCriterion(w, r)
	if !ok {
		return
	}
	data, err := s.criterionPageData(r, p, "Sửa tiêu chí "+ref.Label+" · "+p.Number)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	g, c := findCriterion(&p, ref.ID)
	data.Form, data.Label, data.Action = formOfCriterion(*g, *c), ref.Label, "/criteria/"+itoa(ref.ID)
	s.renderCriterionForm(w, r, http.StatusOK, data)
}

// updateCriterion saves the criterion's text, targets and roles, and moves
// it to the end of another group if another was chosen. The criterion keeps
// its ID, and so the progress recorded for it.
func (s *Server) updateCriterion(w http.ResponseWriter, r *http.Request) {
	ref, p, ok := s.ownCriterion(w, r)
	if !ok {
		return
	}
	data, err := s.criterionPageData(r, p, "Sửa tiêu chí "+ref.Label+" · "+p.Number)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Label, data.Action = ref.Label, "/criteria/"+itoa(ref.ID)
	form, next, errs := readCriterionForm(r, &p)
	form.ID = ref.ID
	data.Form, data.Errors = form, errs
	if errs.any() {
		s.renderCriterionForm(w, r, http.StatusUnprocessableEntity, data)
		return
	}
	linkCriterionUnits(&next, data.Units)
	var key string
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		var err error
		key, err = s.saveCriterionEdit(tx, r, ref, form.GroupID, next)
		return err
	})
	if err != nil {
		if !data.Errors.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
		s.renderCriterionForm(w, r, http.StatusUnprocessableEntity, data)
		return
	}
	redirectWithFlash(w, r, programURL(p.ID)+"#c-"+itoa(ref.ID), "Đã lưu tiêu chí "+key+".")
}

// saveCriterionEdit does the edit on tx and records it; it returns the
// criterion's key ("II.4") after the edit.
func (s *Server) saveCriterionEdit(tx *storage.Store, r *http.Request, ref domain.CriterionRef, groupID int64, next domain.Criterion) (string, error) {
	ctx := r.Context()
	p, err := tx.Program(ctx, ref.ProgramID)
	if err != nil {
		return "", err
	}
	g, c := findCriterion(&p, ref.ID)
	before := snapshotCriterion(*g, *c)
	if groupID != ref.GroupID {
		if err := tx.MoveCriterionToGroup(ctx, ref.ID, groupID); err != nil {
			return "", err
		}
		if p, err = tx.Program(ctx, ref.ProgramID); err != nil {
			return "", err
		}
		g, c = findCriterion(&p, ref.ID)
	}
	c.Text, c.Targets, c.Roles = next.Text, next.Targets, next.Roles
	if err := tx.SaveProgram(ctx, &p); err != nil {
		return "", err
	}
	after := snapshotCriterion(*g, *c)
	return after.Key, s.audit(tx, r, "criterion.edit", "tiêu chí "+before.Key+" ("+p.Number+")", before, after, "")
}
