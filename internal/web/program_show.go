package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// programPage shows a program's groups and criteria and, for editors, the
// forms that change them.
type programPage struct {
	Page
	Program      domain.Program
	Header       programForm
	HeaderErrors fieldErrors
	HeaderOpen   bool // the header form was sent back with errors: show it open
	Group        groupForm
	GroupErrors  fieldErrors
	Refusal      string // why the last change was refused (e.g. deleting a criterion with data)
}

type groupForm struct{ Numeral, Name string }

func (s *Server) programPageData(r *http.Request, p domain.Program) *programPage {
	return &programPage{Page: s.page(r, "Chương trình "+p.Number, "programs"), Program: p,
		Header: formOfProgram(p), HeaderErrors: fieldErrors{}, GroupErrors: fieldErrors{}}
}

func (s *Server) showProgram(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	s.render(w, r, http.StatusOK, "program_show", s.programPageData(r, p))
}

// updateProgram changes the program's header: date, issuing body, title and
// year. The number stays: the store and the import find a program by it.
func (s *Server) updateProgram(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	form, next, errs := readProgramForm(r, false)
	if !errs.any() {
		before := headerSnapshot(p)
		p.Date, p.IssuingBody, p.Title, p.Year = next.Date, next.IssuingBody, next.Title, next.Year
		err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
			if err := tx.SaveProgram(r.Context(), &p); err != nil {
				return err
			}
			return s.audit(tx, r, "program.edit", "chương trình "+p.Number, before, headerSnapshot(p), "")
		})
		if err == nil {
			redirectWithFlash(w, r, programURL(p.ID), "Đã lưu thông tin chung của chương trình.")
			return
		}
		if !errs.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
	}
	data := s.programPageData(r, p)
	form.Number = p.Number
	data.Header, data.HeaderErrors, data.HeaderOpen = form, errs, true
	s.render(w, r, http.StatusUnprocessableEntity, "program_show", data)
}

// addGroup adds a numbered group (I, II, III …) at the end of the program.
func (s *Server) addGroup(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	form := groupForm{Numeral: formValue(r, "numeral"), Name: formValue(r, "name")}
	errs := fieldErrors{}
	if form.Numeral == "" {
		errs.add("numeral", "Nhập số thứ tự của nhóm (I, II, III …).")
	}
	for _, g := range p.Groups {
		if form.Numeral != "" && domain.Fold(g.Numeral) == domain.Fold(form.Numeral) {
			errs.add("numeral", "Chương trình đã có nhóm "+g.Numeral+"; chọn số thứ tự khác.")
		}
	}
	if form.Name == "" {
		errs.add("name", "Nhập tên nhóm (ví dụ: Phát triển hạ tầng).")
	}
	if !errs.any() {
		err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
			p.Groups = append(p.Groups, domain.Group{Numeral: form.Numeral, Name: form.Name})
			if err := tx.SaveProgram(r.Context(), &p); err != nil {
				return err
			}
			return s.audit(tx, r, "program.group_add", "chương trình "+p.Number, nil, groupForm{form.Numeral, form.Name}, "")
		})
		if err == nil {
			redirectWithFlash(w, r, programURL(p.ID), "Đã thêm nhóm "+form.Numeral+". "+form.Name+".")
			return
		}
		if !errs.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
		p.Groups = p.Groups[:len(p.Groups)-1]
	}
	data := s.programPageData(r, p)
	data.Group, data.GroupErrors = form, errs
	s.render(w, r, http.StatusUnprocessableEntity, "program_show", data)
}
