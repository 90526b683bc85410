package web

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
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

// subImportPreview is what a workbook would record, and the workbook itself
// (base64) for the confirm form, so that the confirm step checks exactly the
// file that was previewed.
type subImportPreview struct {
	submissions.ImportPreview
	Workbook string
}

func (s *Server) subImportData(r *http.Request) *subImportPage {
	return &subImportPage{Page: s.page(r, "Nhập phản ánh, kiến nghị từ Excel", "submissions"), Errors: fieldErrors{}, MaxMB: s.cfg.MaxUploadBytes >> 20}
}

// importSubmissionsForm shows the upload form, or with ?template=1 sends the
// empty workbook to fill in.
func (s *Server) importSubmissionsForm(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("template") == "1" {
		file, err := s.uc.submissions.ImportTemplate(r.Context(), actorOf(r))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		sendWorkbook(w, file.Name, file.Data)
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
	preview, err := s.uc.submissions.PreviewImport(r.Context(), actorOf(r), workbook)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data.Preview = &subImportPreview{ImportPreview: preview, Workbook: base64.StdEncoding.EncodeToString(workbook)}
	s.render(w, r, subPreviewStatus(preview), "submissions_import", data)
}

// importSubmissionsConfirm records every row of the workbook the preview
// showed (see submissions.ConfirmImport); a workbook with a problem records
// nothing and its problems are shown again.
func (s *Server) importSubmissionsConfirm(w http.ResponseWriter, r *http.Request) {
	data := s.subImportData(r)
	workbook, ok := s.resubmittedWorkbook(w, r, data.Errors)
	if !ok {
		s.render(w, r, http.StatusBadRequest, "submissions_import", data)
		return
	}
	data.FileName = formValue(r, "filename")
	n, err := s.uc.submissions.ConfirmImport(r.Context(), actorOf(r), workbook, data.FileName)
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.Invalid {
		preview := submissions.ImportPreview{Message: de.Message, Problems: de.Problems}
		data.Preview = &subImportPreview{ImportPreview: preview}
		s.render(w, r, subPreviewStatus(preview), "submissions_import", data)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, "/submissions", fmt.Sprintf("Đã ghi %d phản ánh, kiến nghị", n))
}

func subPreviewStatus(p submissions.ImportPreview) int {
	if len(p.Problems) > 0 || p.Message != "" {
		return http.StatusUnprocessableEntity
	}
	return http.StatusOK
}
