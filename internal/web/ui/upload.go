package ui

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// UploadedWorkbook reads the "file" field of a multipart form, a workbook
// of at most limit bytes (the form's own fields aside), and the file's name
// as a page may show it. On a problem it notes it beside the file input in
// errs and returns the status to answer with.
func UploadedWorkbook(w http.ResponseWriter, r *http.Request, errs Errors, limit int64) ([]byte, string, int) {
	r.Body = http.MaxBytesReader(w, r.Body, limit+64<<10) // room for the form's own parts
	file, header, err := r.FormFile("file")
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig) || (err == nil && header.Size > limit):
		errs.Add("file", fmt.Sprintf("Tệp quá lớn: tối đa %d MB.", limit>>20))
		return nil, "", http.StatusRequestEntityTooLarge
	case err != nil:
		errs.Add("file", "Chọn tệp Excel (.xlsx) để nhập.")
		return nil, "", http.StatusUnprocessableEntity
	}
	defer file.Close()
	b, err := io.ReadAll(io.LimitReader(file, limit+1))
	if err != nil || int64(len(b)) > limit {
		errs.Add("file", fmt.Sprintf("Không đọc được tệp, hoặc tệp lớn hơn %d MB.", limit>>20))
		return nil, header.Filename, http.StatusUnprocessableEntity
	}
	name, err := domain.CleanText("file", header.Filename, false)
	if err != nil {
		name = "(tên tệp có ký tự không hợp lệ)"
	}
	return b, name, http.StatusOK
}
