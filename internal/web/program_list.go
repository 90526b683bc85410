package web

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
)

type programListPage struct {
	Page
	Programs []programs.Summary
	Form     programForm
	Errors   fieldErrors
}

func (s *Server) programListData(r *http.Request) (*programListPage, error) {
	list, err := s.uc.programs.List(r.Context(), actorOf(r))
	if err != nil {
		return nil, err
	}
	year := s.now().In(domain.Vietnam).Year()
	return &programListPage{Page: s.page(r, "Chương trình công tác", "programs"), Programs: list,
		Form: programForm{Year: fmt.Sprint(year)}, Errors: fieldErrors{}}, nil
}

func (s *Server) listPrograms(w http.ResponseWriter, r *http.Request) {
	data, err := s.programListData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "program_list", data)
}

// createProgram adds an empty program to the organisation; its groups and
// criteria are added on its page.
func (s *Server) createProgram(w http.ResponseWriter, r *http.Request) {
	form := readProgramForm(r, true)
	p, err := s.uc.programs.Create(r.Context(), actorOf(r), form.input())
	if err == nil {
		redirectWithFlash(w, r, programURL(p.ID), "Đã tạo chương trình "+p.Number+". Thêm nhóm và tiêu chí bên dưới.")
		return
	}
	errs := fieldErrors{}
	status, _, ok := refusedForm(err, errs)
	if !ok {
		s.fail(w, r, err)
		return
	}
	// Refused: the list is read only now, to show the form again under it.
	data, err := s.programListData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data.Form, data.Errors = form, errs
	s.render(w, r, status, "program_list", data)
}
