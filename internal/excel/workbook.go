package excel

import (
	"errors"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// maxUnzipSize caps how much an uploaded workbook may inflate to, so that a
// small zip bomb cannot exhaust memory.
const maxUnzipSize = 64 << 20

// openWorkbook opens an uploaded workbook, turning any failure into an Invalid
// error a person can act on.
func openWorkbook(r io.Reader) (*excelize.File, error) {
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: maxUnzipSize})
	if err == nil {
		return f, nil
	}
	if f != nil {
		_ = f.Close()
	}
	return nil, domain.InvalidInput("Không đọc được tệp Excel", []domain.Problem{{Message: notWorkbookReason(err)}})
}

func notWorkbookReason(err error) string {
	switch {
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, excelize.ErrWorkbookPassword):
		return "tệp không phải định dạng .xlsx (có thể là tệp .xls cũ hoặc tệp đặt mật khẩu): mở bằng Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng “Excel Workbook (*.xlsx)”"
	case errors.Is(err, excelize.ErrOptionsUnzipSizeLimit):
		return "tệp quá lớn"
	}
	return "tệp không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng"
}

// findSheet returns the name of the workbook's sheet that is named like want
// (ignoring case, accents and spacing), or "" if there is none.
func findSheet(f *excelize.File, want string) string {
	for _, name := range f.GetSheetList() {
		if domain.Fold(name) == domain.Fold(want) {
			return name
		}
	}
	return ""
}
