package commune

import (
	"encoding/base64"
	"net/http"

	"github.com/nq57/nq57/internal/web/ui"
)

// resubmittedWorkbook reads back the workbook that an import preview carried
// in its hidden field "workbook", so that the confirm step checks exactly the
// file that was previewed. A missing or broken field is an error on "file".
func (h *Handlers) resubmittedWorkbook(w http.ResponseWriter, r *http.Request, errs ui.Errors) ([]byte, bool) {
	// base64 is 4/3 of the file, plus room for the other fields.
	r.Body = http.MaxBytesReader(w, r.Body, h.maxUpload*4/3+64<<10)
	workbook, err := base64.StdEncoding.DecodeString(r.PostFormValue("workbook"))
	if err != nil || len(workbook) == 0 {
		errs.Add("file", "Không đọc được tệp đã gửi lại; xin chọn và tải tệp lên lại.")
		return nil, false
	}
	return workbook, true
}
