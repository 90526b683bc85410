package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/web/ui"
)

// programPage shows a program's groups and criteria and, for editors, the
// forms that change them.
type programPage struct {
	ui.Page
	Program      domain.Program
	Header       programForm
	HeaderErrors ui.Errors
	HeaderOpen   bool // the header form was sent back with errors: show it open
	Group        groupForm
	GroupErrors  ui.Errors
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

func (h *Handlers) programPageData(r *http.Request, p domain.Program) *programPage {
	return &programPage{Page: h.ui.Page(r, "Chương trình "+p.Number, "programs"), Program: p,
		Header: formOfProgram(p), HeaderErrors: ui.Errors{}, GroupErrors: ui.Errors{}}
}

// renderProgram shows the program with the id as it is now, after fill has
// set what a refused form sent back.
func (h *Handlers) renderProgram(w http.ResponseWriter, r *http.Request, status int, id int64, fill func(*programPage)) {
	p, err := h.uc.Programs.Show(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	data := h.programPageData(r, p)
	fill(data)
	h.ui.Render(w, r, status, "program_show", data)
}

// Program shows a program's groups and criteria.
func (h *Handlers) Program(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	h.renderProgram(w, r, http.StatusOK, id, func(*programPage) {})
}

// UpdateProgram changes the program's header: date, issuing body, title and
// year.
func (h *Handlers) UpdateProgram(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	form := readProgramForm(r, false)
	p, err := h.uc.Programs.UpdateHeader(r.Context(), ui.ActorOf(r), id, form.input())
	if err == nil {
		ui.Redirect(w, r, programURL(p.ID), "Đã lưu thông tin chung của chương trình.")
		return
	}
	errs := ui.Errors{}
	status, current, ok := ui.Refused(err, errs)
	if !ok {
		h.ui.FailRead(w, r, err)
		return
	}
	h.renderProgram(w, r, status, id, func(data *programPage) {
		if current != 0 {
			form.Version = current
		}
		form.Number = data.Program.Number
		data.Header, data.HeaderErrors, data.HeaderOpen = form, errs, true
	})
}

// AddGroup adds a numbered group (I, II, III …) at the end of the program.
func (h *Handlers) AddGroup(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	form := groupForm{Numeral: ui.Value(r, "numeral"), Name: ui.Value(r, "name")}
	g, err := h.uc.Programs.AddGroup(r.Context(), ui.ActorOf(r), id, programs.GroupInput{Numeral: form.Numeral, Name: form.Name})
	if err == nil {
		ui.Redirect(w, r, programURL(id), "Đã thêm nhóm "+g.Numeral+". "+g.Name+".")
		return
	}
	errs := ui.Errors{}
	status, _, ok := ui.Refused(err, errs)
	if !ok {
		h.ui.FailRead(w, r, err)
		return
	}
	h.renderProgram(w, r, status, id, func(data *programPage) { data.Group, data.GroupErrors = form, errs })
}
