package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// moveCriterion moves a criterion one place up or down within its group;
// the group is renumbered from 1.
func (s *Server) moveCriterion(w http.ResponseWriter, r *http.Request) {
	ref, p, ok := s.ownCriterion(w, r)
	if !ok {
		return
	}
	delta := map[string]int{"up": -1, "down": 1}[r.FormValue("direction")]
	if delta == 0 {
		s.badRequest(w, r, "Hướng chuyển phải là lên (up) hoặc xuống (down).")
		return
	}
	var after string
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		moved, err := tx.MoveCriterion(r.Context(), ref.ID, delta)
		if err != nil || !moved {
			return err
		}
		now, err := tx.CriterionRef(r.Context(), ref.ID)
		if err != nil {
			return err
		}
		after = now.Label
		return s.audit(tx, r, "criterion.move", "tiêu chí "+ref.Label+" ("+p.Number+")", ref.Label, after, "")
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	target := programURL(p.ID) + "#c-" + itoa(ref.ID)
	switch {
	case after != "":
		redirectWithFlash(w, r, target, "Đã chuyển tiêu chí "+ref.Label+" thành "+after+".")
	case delta < 0:
		redirectWithFlash(w, r, target, "Tiêu chí "+ref.Label+" đã ở đầu nhóm.")
	default:
		redirectWithFlash(w, r, target, "Tiêu chí "+ref.Label+" đã ở cuối nhóm.")
	}
}

// deleteCriterion deletes a criterion that has no recorded data; one with
// data is refused, and the program page says why.
func (s *Server) deleteCriterion(w http.ResponseWriter, r *http.Request) {
	ref, p, ok := s.ownCriterion(w, r)
	if !ok {
		return
	}
	g, c := findCriterion(&p, ref.ID)
	before := snapshotCriterion(*g, *c)
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.DeleteCriterion(r.Context(), ref.ID); err != nil {
			return err
		}
		return s.audit(tx, r, "criterion.delete", "tiêu chí "+ref.Label+" ("+p.Number+")", before, nil, "")
	})
	if domain.ErrorCode(err) == domain.Conflict {
		data := s.programPageData(r, p)
		data.Refusal = "Không xóa được: " + err.Error() + ". Số liệu đã nhập phải được giữ lại; có thể sửa nội dung tiêu chí thay vì xóa."
		s.render(w, r, http.StatusConflict, "program_show", data)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, programURL(p.ID), "Đã xóa tiêu chí "+ref.Label+": "+c.Text)
}
