package excel

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// sheetGuide explains how to fill in the submissions workbook.
const sheetGuide = "Hướng dẫn"

// WriteSubmissionsTemplate writes the workbook that ReadSubmissions reads:
// the sheet "Phản ánh, kiến nghị" with its header row, drop-downs for the
// channel and the kind, and the rows of subs (none for an empty template),
// then a sheet of instructions.
func WriteSubmissionsTemplate(w io.Writer, subs []domain.Submission) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeSubmissionsTemplate(f, subs); err != nil {
		return fmt.Errorf("write submissions template: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write submissions template: %w", err)
	}
	return nil
}

func writeSubmissionsTemplate(f *excelize.File, subs []domain.Submission) error {
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), SheetSubmissions); err != nil {
		return err
	}
	sw := &sheetWriter{f: f, sheet: SheetSubmissions, st: st}
	l := submissionsLayout()
	submissionsTable(sw, l, 1)
	for i, s := range subs {
		writeSubmissionRow(sw, l, i+2, s)
	}
	last := max(len(subs)+1, maxSubmissionRows+1)
	addDropList(sw, l.pos(hChannel), last, channelLabels(), "Kênh tiếp nhận", "Chọn kênh đã nhận phản ánh, kiến nghị.")
	addDropList(sw, l.pos(hKind), last, kindLabels(), "Loại", "Chọn loại phản ánh, kiến nghị.")
	if sw.err != nil {
		return sw.err
	}
	return writeGuide(f, st)
}

func writeSubmissionRow(sw *sheetWriter, l layout, row int, s domain.Submission) {
	received := ""
	if !s.ReceivedAt.IsZero() {
		received = s.ReceivedAt.In(domain.Vietnam).Format("02/01/2006 15:04")
	}
	values := map[string]string{
		hChannel: s.Channel.Label(), hReceived: received, hKind: s.Kind.Label(), hField: s.Field,
		hTitle: s.Title, hContent: s.Content, hSender: s.SenderName, hAddress: s.SenderAddress,
		hPhone: s.SenderPhone, hEmail: s.SenderEmail, hNationalID: s.SenderNationalID, hPaknCode: s.TrackingCode,
	}
	for i, c := range l {
		sw.str(i+1, row, values[c.header], sw.st.of(c.kind))
	}
}

// addDropList offers choices in a column's rows 2..last; other values are
// warned about rather than refused, since reading ignores accents and case.
func addDropList(sw *sheetWriter, col, last int, choices []string, title, prompt string) {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = cellName(col, 2) + ":" + cellName(col, last)
	sw.fail("data validation", dv.SetDropList(choices))
	dv.SetInput(title, prompt)
	dv.SetError(excelize.DataValidationErrorStyleWarning, title, "Giá trị này không có trong danh sách.")
	sw.fail("data validation", sw.f.AddDataValidation(sw.sheet, dv))
}

// guideLines are the instructions of the template.
var guideLines = []string{
	"Cách ghi phản ánh, kiến nghị nhận qua pakn.nq57.vn và các kênh khác",
	"Ghi mỗi phản ánh, kiến nghị một dòng ở trang “" + SheetSubmissions + "”; không sửa dòng tiêu đề.",
	"Kênh tiếp nhận: " + strings.Join(channelLabels(), ", ") + ".",
	"Ngày tiếp nhận: dd/mm/yyyy hh:mm, ví dụ 05/03/2026 08:30 (giờ Việt Nam).",
	"Loại: phản ánh, kiến nghị, sáng kiến, giải pháp, tư duy, sáng kiến đột phá hoặc đặt hàng sản phẩm.",
	"Tiêu đề từ 10 đến 200 ký tự; nội dung từ 30 ký tự; họ tên và địa chỉ người gửi bắt buộc.",
	"Cần điện thoại (10 số, bắt đầu bằng 0 hoặc +84) hoặc thư điện tử để liên hệ; số định danh gồm 12 chữ số, có thể để trống.",
	"Mã trên pakn.nq57.vn: ghi nếu phản ánh, kiến nghị đến từ Hệ thống pakn.nq57.vn; người gửi tra cứu bằng mã này.",
	"Khi tải lên, trang sẽ cho xem trước mọi lỗi theo từng ô; chỉ khi không còn lỗi mới ghi, và ghi tất cả cùng lúc.",
}

func writeGuide(f *excelize.File, st styles) error {
	if _, err := f.NewSheet(sheetGuide); err != nil {
		return err
	}
	sw := &sheetWriter{f: f, sheet: sheetGuide, st: st}
	sw.fail("set column width", f.SetColWidth(sheetGuide, "A", "A", 110))
	for i, line := range guideLines {
		style := st.of(kindText)
		if i == 0 {
			style = st.title
		}
		sw.str(1, i+1, line, style)
	}
	return sw.err
}
