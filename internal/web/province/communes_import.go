package province

import (
	"bytes"
	"encoding/base64"
	"html/template"
	"net/http"

	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/web/ui"
)

// importPage is the upload form and, after an upload, the preview (every
// problem by cell, or the communes it would add), or after the confirm the
// communes added with their administrators' one-time passwords, shown this
// once and offered as a workbook made in the page itself.
type importPage struct {
	ui.Page
	Errors    ui.Errors // beside the file input
	FileName  string
	MaxMB     int64
	Result    *orgs.CommuneImport
	Workbook  string       // the previewed file (base64), for the confirm form
	Passwords template.URL // data: address of the passwords workbook
	FileOut   string       // its name
}

func (h *Handlers) importData(r *http.Request) *importPage {
	return &importPage{Page: h.ui.Page(r, "Nhập danh sách xã, phường từ Excel", "communes"), Errors: ui.Errors{}, MaxMB: h.maxUpload >> 20}
}

// ImportCommunesForm shows the upload form.
func (h *Handlers) ImportCommunesForm(w http.ResponseWriter, r *http.Request) {
	h.ui.Render(w, r, http.StatusOK, "province_communes_import", h.importData(r))
}

// CommunesTemplate sends the empty workbook to fill in.
func (h *Handlers) CommunesTemplate(w http.ResponseWriter, r *http.Request) {
	file, err := h.uc.Orgs.CommunesTemplate(r.Context(), ui.ActorOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.SendWorkbook(w, file.Name, file.Data)
}

// ImportCommunesPreview reads the uploaded workbook and shows every problem
// by cell, or the communes it would add, storing nothing.
func (h *Handlers) ImportCommunesPreview(w http.ResponseWriter, r *http.Request) {
	data := h.importData(r)
	workbook, name, status := ui.UploadedWorkbook(w, r, data.Errors, h.maxUpload)
	data.FileName = name
	if status != http.StatusOK {
		h.ui.Render(w, r, status, "province_communes_import", data)
		return
	}
	res, err := h.uc.Orgs.ImportCommunes(r.Context(), ui.ActorOf(r), bytes.NewReader(workbook), false)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data.Result, data.Workbook = &res, base64.StdEncoding.EncodeToString(workbook)
	h.ui.Render(w, r, resultStatus(res), "province_communes_import", data)
}

// ImportCommunesConfirm adds every commune of the previewed workbook, which
// is checked again from scratch, and shows the one-time passwords; a
// workbook with a problem adds nothing and shows its problems again.
func (h *Handlers) ImportCommunesConfirm(w http.ResponseWriter, r *http.Request) {
	data := h.importData(r)
	r.Body = http.MaxBytesReader(w, r.Body, h.maxUpload*4/3+64<<10)
	workbook, err := base64.StdEncoding.DecodeString(r.PostFormValue("workbook"))
	if err != nil || len(workbook) == 0 {
		data.Errors.Add("file", "Không đọc được tệp đã gửi lại; xin chọn và tải tệp lên lại.")
		h.ui.Render(w, r, http.StatusBadRequest, "province_communes_import", data)
		return
	}
	data.FileName = ui.Value(r, "filename")
	res, err := h.uc.Orgs.ImportCommunes(r.Context(), ui.ActorOf(r), bytes.NewReader(workbook), true)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data.Result = &res
	if len(res.Made) > 0 {
		file, err := orgs.LoginsWorkbook(res.Made)
		if err != nil {
			h.ui.Fail(w, r, err)
			return
		}
		data.Passwords = template.URL("data:" + ui.XLSXType + ";base64," + base64.StdEncoding.EncodeToString(file.Data))
		data.FileOut = file.Name
	}
	h.ui.Render(w, r, resultStatus(res), "province_communes_import", data)
}

func resultStatus(res orgs.CommuneImport) int {
	if len(res.Problems) > 0 || res.Message != "" {
		return http.StatusUnprocessableEntity
	}
	return http.StatusOK
}
