package commune

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// subImportPage is the upload form and, after an upload, the preview:
// either every problem of the workbook, or the rows to be recorded.
type subImportPage struct {
	ui.Page
	Errors   ui.Errors // beside the file input
	FileName string
	MaxMB    int64
	Preview  *subImportPreview
}

// subImportPreview is what a workbook would record, and the workbook itself
// (base64) for the confirm form, so that the confirm step checks exactly the
// file that was previewed.
type subImportPreview struct {
	submissions.ImportPreview
	Workbook string
}

func (h *Handlers) subImportData(r *http.Request) *subImportPage {
	return &subImportPage{Page: h.ui.Page(r, "Nhập phản ánh, kiến nghị từ Excel", "submissions"), Errors: ui.Errors{}, MaxMB: h.maxUpload >> 20}
}

// ImportSubmissionsForm shows the upload form, or with ?template=1 sends the
// empty workbook to fill in.
func (h *Handlers) ImportSubmissionsForm(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("template") == "1" {
		file, err := h.uc.Submissions.ImportTemplate(r.Context(), ui.ActorOf(r))
		if err != nil {
			h.ui.Fail(w, r, err)
			return
		}
		ui.SendWorkbook(w, file.Name, file.Data)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "submissions_import", h.subImportData(r))
}

// ImportSubmissionsPreview reads the uploaded workbook and shows every
// problem, or the rows it would record with their near-duplicates flagged,
// storing nothing.
func (h *Handlers) ImportSubmissionsPreview(w http.ResponseWriter, r *http.Request) {
	data := h.subImportData(r)
	workbook, name, status := ui.UploadedWorkbook(w, r, data.Errors, h.maxUpload)
	data.FileName = name
	if status != http.StatusOK {
		h.ui.Render(w, r, status, "submissions_import", data)
		return
	}
	preview, err := h.uc.Submissions.PreviewImport(r.Context(), ui.ActorOf(r), workbook)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data.Preview = &subImportPreview{ImportPreview: preview, Workbook: base64.StdEncoding.EncodeToString(workbook)}
	h.ui.Render(w, r, subPreviewStatus(preview), "submissions_import", data)
}

// ImportSubmissionsConfirm records every row of the workbook the preview
// showed (see submissions.ConfirmImport); a workbook with a problem records
// nothing and its problems are shown again.
func (h *Handlers) ImportSubmissionsConfirm(w http.ResponseWriter, r *http.Request) {
	data := h.subImportData(r)
	workbook, ok := h.resubmittedWorkbook(w, r, data.Errors)
	if !ok {
		h.ui.Render(w, r, http.StatusBadRequest, "submissions_import", data)
		return
	}
	data.FileName = ui.Value(r, "filename")
	n, err := h.uc.Submissions.ConfirmImport(r.Context(), ui.ActorOf(r), workbook, data.FileName)
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.Invalid {
		preview := submissions.ImportPreview{Message: de.Message, Problems: de.Problems}
		data.Preview = &subImportPreview{ImportPreview: preview}
		h.ui.Render(w, r, subPreviewStatus(preview), "submissions_import", data)
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.Redirect(w, r, "/submissions", fmt.Sprintf("Đã ghi %d phản ánh, kiến nghị", n))
}

func subPreviewStatus(p submissions.ImportPreview) int {
	if len(p.Problems) > 0 || p.Message != "" {
		return http.StatusUnprocessableEntity
	}
	return http.StatusOK
}
