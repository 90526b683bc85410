package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/web/ui"
)

// ExportProgram sends the program as the workbook that the import reads.
func (h *Handlers) ExportProgram(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	book, err := h.uc.Programs.Export(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	ui.SendWorkbook(w, book.FileName, book.Data)
}

// ProgramTemplate sends the blank program workbook a new organisation
// starts from.
func (h *Handlers) ProgramTemplate(w http.ResponseWriter, r *http.Request) {
	book, err := h.uc.Programs.Template(r.Context(), ui.ActorOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.SendWorkbook(w, book.FileName, book.Data)
}
