package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
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
	Rename       renameForm // a group rename sent back refused; GroupID 0 when none
	Refusal      string     // why the last change was refused (e.g. deleting a criterion with data)
}

type groupForm struct{ Numeral, Name string }

// renameForm is a group's rename form as typed, with the version it must
// carry and why it was refused.
type renameForm struct {
	GroupID int64
	Name    string
	Version int64
	Error   string
}

// RenameOf returns the rename form of group g: as sent back refused, or
// filled with the stored name.
func (p programPage) RenameOf(g domain.Group) renameForm {
	if p.Rename.GroupID == g.ID {
		return p.Rename
	}
	return renameForm{GroupID: g.ID, Name: g.Name, Version: g.Version}
}

func (s *Server) programPageData(r *http.Request, p domain.Program) *programPage {
	return &programPage{Page: s.page(r, "Chương trình "+p.Number, "programs"), Program: p,
		Header: formOfProgram(p), HeaderErrors: fieldErrors{}, GroupErrors: fieldErrors{}}
}

// renderProgram shows the program with the id as it is now, after fill has
// set what a refused form sent back.
func (s *Server) renderProgram(w http.ResponseWriter, r *http.Request, status int, id int64, fill func(*programPage)) {
	p, err := s.uc.programs.Show(r.Context(), actorOf(r), id)
	if err != nil {
		s.failRead(w, r, err)
		return
	}
	data := s.programPageData(r, p)
	fill(data)
	s.render(w, r, status, "program_show", data)
}

func (s *Server) showProgram(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	s.renderProgram(w, r, http.StatusOK, id, func(*programPage) {})
}

// updateProgram changes the program's header: date, issuing body, title and
// year.
func (s *Server) updateProgram(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	form := readProgramForm(r, false)
	p, err := s.uc.programs.UpdateHeader(r.Context(), actorOf(r), id, form.input())
	if err == nil {
		redirectWithFlash(w, r, programURL(p.ID), "Đã lưu thông tin chung của chương trình.")
		return
	}
	errs := fieldErrors{}
	status, current, ok := refusedForm(err, errs)
	if !ok {
		s.failRead(w, r, err)
		return
	}
	s.renderProgram(w, r, status, id, func(data *programPage) {
		if current != 0 {
			form.Version = current
		}
		form.Number = data.Program.Number
		data.Header, data.HeaderErrors, data.HeaderOpen = form, errs, true
	})
}

// addGroup adds a numbered group (I, II, III …) at the end of the program.
func (s *Server) addGroup(w http.ResponseWriter, r *http.Request) {
	id, ok := s.pathOr404(w, r, "id")
	if !ok {
		return
	}
	form := groupForm{Numeral: formValue(r, "numeral"), Name: formValue(r, "name")}
	g, err := s.uc.programs.AddGroup(r.Context(), actorOf(r), id, programs.GroupInput{Numeral: form.Numeral, Name: form.Name})
	if err == nil {
		redirectWithFlash(w, r, programURL(id), "Đã thêm nhóm "+g.Numeral+". "+g.Name+".")
		return
	}
	errs := fieldErrors{}
	status, _, ok := refusedForm(err, errs)
	if !ok {
		s.failRead(w, r, err)
		return
	}
	s.renderProgram(w, r, status, id, func(data *programPage) { data.Group, data.GroupErrors = form, errs })
}
