package web

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

type programListPage struct {
	Page
	Programs []programRow
	Form     programForm
	Errors   fieldErrors
}

type programRow struct {
	domain.Program
	Criteria int
}

func (s *Server) programListData(r *http.Request) (*programListPage, error) {
	v := mustViewer(r)
	programs, err := s.store.Programs(r.Context(), v.Org.ID)
	if err != nil {
		return nil, err
	}
	counts, err := s.store.CriteriaCounts(r.Context(), v.Org.ID)
	if err != nil {
		return nil, err
	}
	rows := make([]programRow, len(programs))
	for i, p := range programs {
		rows[i] = programRow{Program: p, Criteria: counts[p.ID]}
	}
	year := s.now().In(domain.Vietnam).Year()
	return &programListPage{Page: s.page(r, "Chương trình công tác", "programs"), Programs: rows,
		Form: programForm{Year: fmt.Sprint(year)}, Errors: fieldErrors{}}, nil
}

func (s *Server) listPrograms(w http.ResponseWriter, r *http.Request) {
	data, err := s.programListData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "program_list", data)
}

// createProgram adds an empty program to the organisation; its groups and
// criteria are added on its page. A number already used is refused, because
// saving would otherwise overwrite that program's header.
func (s *Server) createProgram(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	form, p, errs := readProgramForm(r, true)
	p.OrgID = v.Org.ID
	if !errs.any() {
		err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
			if _, err := tx.ProgramByNumber(r.Context(), v.Org.ID, p.Number); err == nil {
				return domain.InvalidInput("số hiệu đã dùng", []domain.Problem{{Field: "number",
					Message: fmt.Sprintf("Đã có chương trình số %s; mở chương trình đó để sửa.", p.Number)}})
			} else if !domain.IsNotFound(err) {
				return err
			}
			if err := tx.SaveProgram(r.Context(), &p); err != nil {
				return err
			}
			return s.audit(tx, r, "program.add", "chương trình "+p.Number, nil, headerSnapshot(p), "")
		})
		if err == nil {
			redirectWithFlash(w, r, programURL(p.ID), "Đã tạo chương trình "+p.Number+". Thêm nhóm và tiêu chí bên dưới.")
			return
		}
		if !errs.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
	}
	// Refused: the list is read only now, to show the form again under it.
	data, err := s.programListData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Form, data.Errors = form, errs
	s.render(w, r, http.StatusUnprocessableEntity, "program_list", data)
}
