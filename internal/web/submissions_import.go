package web

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
)

// subImportPage is the upload form and, after an upload, the preview:
// either every problem of the workbook, or the rows to be recorded.
type subImportPage struct {
	Page
	Errors   fieldErrors // beside the file input
	FileName string
	MaxMB    int64
	Preview  *subImportPreview
}

// subImportPreview is what a workbook would record, found without storing
// anything.
type subImportPreview struct {
	Message  string           // the headline when the workbook cannot be recorded
	Problems []domain.Problem // every problem, with its cell
	Rows     []importedSubmission
	Workbook string // the workbook, base64, for the confirm form
}

// Savable reports whether the confirm button may be shown.
func (p subImportPreview) Savable() bool {
	return p.Message == "" && len(p.Problems) == 0 && len(p.Rows) > 0
}

// Duplicates counts the rows flagged as near-duplicates.
func (p subImportPreview) Duplicates() int {
	n := 0
	for _, r := range p.Rows {
		if r.DuplicateOf != "" {
			n++
		}
	}
	return n
}

func (s *Server) subImportData(r *http.Request) *subImportPage {
	return &subImportPage{Page: s.page(r, "Nhập phản ánh, kiến nghị từ Excel", "submissions"), Errors: fieldErrors{}, MaxMB: s.cfg.MaxUploadBytes >> 20}
}

// importSubmissionsForm shows the upload form, or with ?template=1 sends the
// empty workbook to fill in.
func (s *Server) importSubmissionsForm(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("template") == "1" {
		var buf bytes.Buffer
		if err := excel.WriteSubmissionsTemplate(&buf, nil); err != nil {
			s.serverError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", xlsxType)
		w.Header().Set("Content-Disposition", attachment("Mẫu nhập phản ánh, kiến nghị.xlsx"))
		w.Header().Set("Cache-Control", "no-store")
		buf.WriteTo(w)
		return
	}
	s.render(w, r, http.StatusOK, "submissions_import", s.subImportData(r))
}

// importSubmissionsPreview reads the uploaded workbook and shows every
// problem, or the rows it would record with their near-duplicates flagged,
// storing nothing.
func (s *Server) importSubmissionsPreview(w http.ResponseWriter, r *http.Request) {
	data := s.subImportData(r)
	workbook, name, status := s.uploadedWorkbook(w, r, data.Errors)
	data.FileName = name
	if status != http.StatusOK {
		s.render(w, r, status, "submissions_import", data)
		return
	}
	orgID := mustViewer(r).Org.ID
	preview, err := s.previewSubmissions(r.Context(), orgID, workbook)
	if err == nil {
		err = s.flagDuplicates(r.Context(), orgID, preview.Rows)
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Preview = preview
	s.render(w, r, subPreviewStatus(preview), "submissions_import", data)
}

// importSubmissionsConfirm checks the workbook again from scratch and
// records every row in one transaction with one audit entry; a row with a
// problem records nothing at all.
func (s *Server) importSubmissionsConfirm(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	data := s.subImportData(r)
	workbook, ok := s.resubmittedWorkbook(w, r, data.Errors)
	if !ok {
		s.render(w, r, http.StatusBadRequest, "submissions_import", data)
		return
	}
	data.FileName = formValue(r, "filename")
	preview, err := s.previewSubmissions(r.Context(), v.Org.ID, workbook)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if !preview.Savable() {
		data.Preview = preview
		s.render(w, r, subPreviewStatus(preview), "submissions_import", data)
		return
	}
	n, err := s.recordImported(r, preview.Rows, data.FileName)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, "/submissions", fmt.Sprintf("Đã ghi %d phản ánh, kiến nghị", n))
}

func subPreviewStatus(p *subImportPreview) int {
	if len(p.Problems) > 0 || p.Message != "" {
		return http.StatusUnprocessableEntity
	}
	return http.StatusOK
}
