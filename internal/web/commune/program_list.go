package commune

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/web/ui"
)

type programListPage struct {
	ui.Page
	Programs []programs.Summary
	Form     programForm
	Errors   ui.Errors
}

func (h *Handlers) programListData(r *http.Request) (*programListPage, error) {
	list, err := h.uc.Programs.List(r.Context(), ui.ActorOf(r))
	if err != nil {
		return nil, err
	}
	year := h.now().In(domain.Vietnam).Year()
	return &programListPage{Page: h.ui.Page(r, "Chương trình công tác", "programs"), Programs: list,
		Form: programForm{Year: fmt.Sprint(year)}, Errors: ui.Errors{}}, nil
}

// Programs lists the organisation's programs, with the form that creates one.
func (h *Handlers) Programs(w http.ResponseWriter, r *http.Request) {
	data, err := h.programListData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "program_list", data)
}

// CreateProgram adds an empty program to the organisation; its groups and
// criteria are added on its page.
func (h *Handlers) CreateProgram(w http.ResponseWriter, r *http.Request) {
	form := readProgramForm(r, true)
	p, err := h.uc.Programs.Create(r.Context(), ui.ActorOf(r), form.input())
	if err == nil {
		ui.Redirect(w, r, programURL(p.ID), "Đã tạo chương trình "+p.Number+". Thêm nhóm và tiêu chí bên dưới.")
		return
	}
	errs := ui.Errors{}
	status, _, ok := ui.Refused(err, errs)
	if !ok {
		h.ui.Fail(w, r, err)
		return
	}
	// Refused: the list is read only now, to show the form again under it.
	data, err := h.programListData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data.Form, data.Errors = form, errs
	h.ui.Render(w, r, status, "program_list", data)
}
