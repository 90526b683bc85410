package web

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
)

// importPage is the upload form and, after an upload, the preview: either
// every problem of the workbook, or what saving it would change.
type importPage struct {
	Page
	Errors   fieldErrors // beside the file input
	FileName string
	Preview  *importPreview
	MaxMB    int64
}

// importPreview is what a workbook would do, found without saving anything.
type importPreview struct {
	Program  domain.Program // as read from the workbook
	Existing bool           // a program with its number is stored: it will be updated
	Changes  []domain.ProgramChange
	Message  string           // the headline when the workbook cannot be saved
	Problems []domain.Problem // every problem, with its cell
	Workbook string           // the workbook, base64, for the confirm form
}

// Savable reports whether the confirm button may be shown.
func (p importPreview) Savable() bool {
	return p.Message == "" && len(p.Problems) == 0 && len(p.Changes) > 0
}

// errDryRun ends the transaction in which the preview tries the save, so that
// the store checks everything (deletions of criteria with data included) and
// nothing is kept.
var errDryRun = errors.New("dry run: roll back")

func (s *Server) importPageData(r *http.Request) *importPage {
	return &importPage{Page: s.page(r, "Nhập chương trình từ Excel", "programs"), Errors: fieldErrors{}, MaxMB: s.cfg.MaxUploadBytes >> 20}
}

func (s *Server) importProgramForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "program_import", s.importPageData(r))
}

// importProgramPreview reads the uploaded workbook and shows what it would
// change, saving nothing.
func (s *Server) importProgramPreview(w http.ResponseWriter, r *http.Request) {
	data := s.importPageData(r)
	workbook, name, status := s.uploadedWorkbook(w, r, data.Errors)
	data.FileName = name
	if status != http.StatusOK {
		s.render(w, r, status, "program_import", data)
		return
	}
	preview, err := s.previewImport(r.Context(), mustViewer(r).Org.ID, workbook)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Preview = preview
	s.render(w, r, previewStatus(preview), "program_import", data)
}

// importProgramConfirm checks the workbook again from scratch and saves it
// in one transaction with its audit entry. Only a refused save is previewed
// again, to show why: a save that goes through needs no dry run first.
func (s *Server) importProgramConfirm(w http.ResponseWriter, r *http.Request) {
	data := s.importPageData(r)
	workbook, ok := s.resubmittedWorkbook(w, r, data.Errors)
	if !ok {
		s.render(w, r, http.StatusBadRequest, "program_import", data)
		return
	}
	data.FileName = formValue(r, "filename")
	p, changes, err := s.saveImport(r, workbook)
	if err == nil {
		redirectWithFlash(w, r, programURL(p.ID), fmt.Sprintf("Đã nhập chương trình %s từ Excel: %d thay đổi.", p.Number, changes))
		return
	}
	var de *domain.Error
	if !errors.Is(err, errNoChanges) && !errors.As(err, &de) {
		s.fail(w, r, err)
		return
	}
	preview, perr := s.previewImport(r.Context(), mustViewer(r).Org.ID, workbook)
	if perr != nil {
		s.serverError(w, r, perr)
		return
	}
	if preview.Savable() { // refused for a reason the preview does not see
		s.fail(w, r, err)
		return
	}
	data.Preview = preview
	s.render(w, r, previewStatus(preview), "program_import", data)
}

func previewStatus(p *importPreview) int {
	switch {
	case len(p.Problems) > 0:
		return http.StatusUnprocessableEntity
	case p.Message != "":
		return http.StatusConflict
	}
	return http.StatusOK
}

// uploadedWorkbook reads the "file" field of a multipart form of at most
// MaxUploadBytes. On a problem it notes it in errs and returns its status.
func (s *Server) uploadedWorkbook(w http.ResponseWriter, r *http.Request, errs fieldErrors) ([]byte, string, int) {
	limit := s.cfg.MaxUploadBytes
	r.Body = http.MaxBytesReader(w, r.Body, limit+64<<10) // room for the form's own parts
	file, header, err := r.FormFile("file")
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig) || (err == nil && header.Size > limit):
		errs.add("file", fmt.Sprintf("Tệp quá lớn: tối đa %d MB.", limit>>20))
		return nil, "", http.StatusRequestEntityTooLarge
	case err != nil:
		errs.add("file", "Chọn tệp Excel (.xlsx) để nhập.")
		return nil, "", http.StatusUnprocessableEntity
	}
	defer file.Close()
	b, err := io.ReadAll(io.LimitReader(file, limit+1))
	if err != nil || int64(len(b)) > limit {
		errs.add("file", fmt.Sprintf("Không đọc được tệp, hoặc tệp lớn hơn %d MB.", limit>>20))
		return nil, header.Filename, http.StatusUnprocessableEntity
	}
	return b, domain.NFC(header.Filename), http.StatusOK
}

// readWorkbook reads the workbook as the organisation's program, with role
// words linked to its units, and the stored program of the same number (zero
// if none).
func (s *Server) readWorkbook(ctx context.Context, store *storage.Store, orgID int64, workbook []byte) (next, old domain.Program, err error) {
	next, err = excel.ReadProgram(bytes.NewReader(workbook))
	if err != nil {
		return next, old, err
	}
	units, err := store.Units(ctx, orgID)
	if err != nil {
		return next, old, err
	}
	next.OrgID = orgID
	linkUnits(&next, units)
	old, err = store.ProgramByNumber(ctx, orgID, next.Number)
	if domain.IsNotFound(err) {
		return next, domain.Program{}, nil
	}
	return next, old, err
}

// previewImport finds everything that saving the workbook would do or
// refuse, by trying the save in a transaction that is always rolled back.
func (s *Server) previewImport(ctx context.Context, orgID int64, workbook []byte) (*importPreview, error) {
	pv := &importPreview{Workbook: base64.StdEncoding.EncodeToString(workbook)}
	next, old, err := s.readWorkbook(ctx, s.store, orgID, workbook)
	if refused(err, pv) {
		return pv, nil
	}
	if err != nil {
		return nil, err
	}
	pv.Program, pv.Existing, pv.Changes = next, old.ID != 0, domain.DiffPrograms(old, next)
	err = s.store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.SaveProgram(ctx, &next); err != nil {
			return err
		}
		return errDryRun
	})
	if errors.Is(err, errDryRun) || refused(err, pv) {
		return pv, nil
	}
	return nil, err
}

// refused copies a domain error's message and problems into the preview and
// reports whether err was one.
func refused(err error, pv *importPreview) bool {
	var de *domain.Error
	if !errors.As(err, &de) {
		return false
	}
	pv.Message, pv.Problems = de.Message, de.Problems
	return true
}

// errNoChanges ends the save of a workbook that changes nothing.
var errNoChanges = errors.New("the workbook changes nothing")

// saveImport saves the workbook's program over the stored one, with the
// audit entry, in one transaction; it returns the program and the number of
// changes.
func (s *Server) saveImport(r *http.Request, workbook []byte) (domain.Program, int, error) {
	ctx, orgID := r.Context(), mustViewer(r).Org.ID
	var next domain.Program
	var changes int
	err := s.store.WithTx(ctx, func(tx *storage.Store) error {
		var old domain.Program
		var err error
		if next, old, err = s.readWorkbook(ctx, tx, orgID, workbook); err != nil {
			return err
		}
		changes = len(domain.DiffPrograms(old, next))
		if changes == 0 {
			return errNoChanges
		}
		if err := tx.SaveProgram(ctx, &next); err != nil {
			return err
		}
		var before any
		if old.ID != 0 {
			before = fullSnapshot(old)
		}
		return s.audit(tx, r, "program.import", "chương trình "+next.Number, before, fullSnapshot(next), "")
	})
	return next, changes, err
}
