package commune

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/web/ui"
)

// importPage is the upload form and, after an upload, the preview: either
// every problem of the workbook, or what saving it would change.
type importPage struct {
	ui.Page
	Errors   ui.Errors // beside the file input
	FileName string
	Preview  *importPreview
	MaxMB    int64
}

// importPreview is what a workbook would do, found without saving anything.
type importPreview struct {
	programs.ImportResult
	Message  string           // the headline when the workbook cannot be saved
	Problems []domain.Problem // every problem, with its cell
	Workbook string           // the workbook, base64, for the confirm form
}

// Savable reports whether the confirm button may be shown.
func (p importPreview) Savable() bool {
	return p.Message == "" && len(p.Problems) == 0 && len(p.Changes) > 0
}

func (h *Handlers) importPageData(r *http.Request) *importPage {
	return &importPage{Page: h.ui.Page(r, "Nhập chương trình từ Excel", "programs"), Errors: ui.Errors{}, MaxMB: h.maxUpload >> 20}
}

// ImportProgramForm shows the form that uploads a program workbook.
func (h *Handlers) ImportProgramForm(w http.ResponseWriter, r *http.Request) {
	h.ui.Render(w, r, http.StatusOK, "program_import", h.importPageData(r))
}

// ImportProgramPreview reads the uploaded workbook and shows what it would
// change, saving nothing.
func (h *Handlers) ImportProgramPreview(w http.ResponseWriter, r *http.Request) {
	data := h.importPageData(r)
	workbook, name, status := ui.UploadedWorkbook(w, r, data.Errors, h.maxUpload)
	data.FileName = name
	if status != http.StatusOK {
		h.ui.Render(w, r, status, "program_import", data)
		return
	}
	result, err := h.uc.Programs.PreviewImport(r.Context(), ui.ActorOf(r), workbook)
	h.renderPreview(w, r, data, workbook, result, err)
}

// ImportProgramConfirm checks the workbook again from scratch and saves it
// in one transaction with its audit entry. A refused save shows why, as the
// preview does.
func (h *Handlers) ImportProgramConfirm(w http.ResponseWriter, r *http.Request) {
	data := h.importPageData(r)
	workbook, ok := h.resubmittedWorkbook(w, r, data.Errors)
	if !ok {
		h.ui.Render(w, r, http.StatusBadRequest, "program_import", data)
		return
	}
	data.FileName = ui.Value(r, "filename")
	result, err := h.uc.Programs.Import(r.Context(), ui.ActorOf(r), workbook)
	if err == nil && len(result.Changes) > 0 {
		ui.Redirect(w, r, programURL(result.Program.ID), fmt.Sprintf("Đã nhập chương trình %s từ Excel: %d thay đổi.", result.Program.Number, len(result.Changes)))
		return
	}
	h.renderPreview(w, r, data, workbook, result, err)
}

// renderPreview shows what a workbook does or why it is refused.
func (h *Handlers) renderPreview(w http.ResponseWriter, r *http.Request, data *importPage, workbook []byte, result programs.ImportResult, err error) {
	pv := &importPreview{ImportResult: result, Workbook: base64.StdEncoding.EncodeToString(workbook)}
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Code != domain.Forbidden:
		pv.Message, pv.Problems = de.Message, de.Problems
	case err != nil:
		h.ui.Fail(w, r, err)
		return
	}
	data.Preview = pv
	status := http.StatusOK
	switch {
	case len(pv.Problems) > 0:
		status = http.StatusUnprocessableEntity
	case pv.Message != "":
		status = http.StatusConflict
	}
	h.ui.Render(w, r, status, "program_import", data)
}
