package excel

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// SheetAuditLog is the sheet of an exported audit log.
const SheetAuditLog = "Nhật ký"

// AuditLogHead is what an exported audit log says above its table: its
// title, then lines saying what it holds (the filter, when and by whom it was
// exported, how many entries were left out).
type AuditLogHead struct {
	Title string
	Lines []string
}

// AuditLogRow is one entry of the log in words.
type AuditLogRow struct {
	At      time.Time
	Who     string
	Login   string
	Action  string // the label
	Code    string // the code the label names
	Entity  string
	Reason  string
	Changes string // one line per field: "Tên: cũ → mới"
	Before  string // as kept (JSON)
	After   string
}

// auditColumns are the columns of the exported log: header and width.
var auditColumns = []struct {
	header string
	width  float64
}{
	{"Thời gian", 17}, {"Người thực hiện", 24}, {"Tên đăng nhập", 14}, {"Thao tác", 28}, {"Mã thao tác", 20},
	{"Đối tượng", 36}, {"Lý do", 28}, {"Thay đổi", 60}, {"Trước (dữ liệu gốc)", 40}, {"Sau (dữ liệu gốc)", 40},
}

// WriteAuditLog writes the log as a workbook of one sheet to w. each calls
// add for every row, newest first; rows are streamed to the sheet as they
// come, so a long log does not sit in memory twice.
func WriteAuditLog(w io.Writer, head AuditLogHead, each func(add func(AuditLogRow) error) error) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeAuditLog(f, head, each); err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	return nil
}

func writeAuditLog(f *excelize.File, head AuditLogHead, each func(add func(AuditLogRow) error) error) error {
	headerRow := len(head.Lines) + 3 // below the title, the lines and a blank row
	sh, err := newAuditSheet(f, headerRow)
	if err != nil {
		return err
	}
	if err := sh.put(excelize.Cell{StyleID: sh.title, Value: head.Title}); err != nil {
		return err
	}
	for _, line := range head.Lines {
		if err := sh.put(line); err != nil {
			return err
		}
	}
	sh.row = headerRow
	headers := make([]any, len(auditColumns))
	for i, c := range auditColumns {
		headers[i] = excelize.Cell{StyleID: sh.header, Value: c.header}
	}
	if err := sh.put(headers...); err != nil {
		return err
	}
	err = each(func(r AuditLogRow) error {
		cell := func(v string) excelize.Cell { return excelize.Cell{StyleID: sh.text, Value: v} }
		return sh.put(excelize.Cell{StyleID: sh.when, Value: wallClock(r.At)}, cell(r.Who), cell(r.Login), cell(r.Action), cell(r.Code),
			cell(r.Entity), cell(r.Reason), cell(r.Changes), cell(r.Before), cell(r.After))
	})
	if err != nil {
		return err
	}
	return sh.sw.Flush()
}

// auditSheet streams the rows of the log's sheet, one after the other.
type auditSheet struct {
	sw                        *excelize.StreamWriter
	row                       int
	title, header, text, when int // styles
}

// newAuditSheet names the sheet, makes its styles, sets its columns' widths
// and keeps the rows down to the header in view (the stream writer wants
// that before any row).
func newAuditSheet(f *excelize.File, headerRow int) (*auditSheet, error) {
	if err := f.SetSheetName(f.GetSheetName(0), SheetAuditLog); err != nil {
		return nil, err
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	dayTime := "dd/mm/yyyy hh:mm"
	when, err := f.NewStyle(&excelize.Style{Border: borders(), Alignment: align("left"), CustomNumFmt: &dayTime})
	if err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(SheetAuditLog)
	if err != nil {
		return nil, err
	}
	for i, c := range auditColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, err
		}
	}
	err = sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cellName(1, headerRow+1), ActivePane: "bottomLeft"})
	if err != nil {
		return nil, err
	}
	return &auditSheet{sw: sw, row: 1, title: st.title, header: st.header, text: st.of(kindText), when: when}, nil
}

// put writes values from the first column of the next row.
func (sh *auditSheet) put(values ...any) error {
	err := sh.sw.SetRow(cellName(1, sh.row), values)
	sh.row++
	return err
}

// wallClock is the instant as a clock in Vietnam shows it, which is what a
// time without a zone means in a workbook.
func wallClock(t time.Time) time.Time {
	v := t.In(domain.Vietnam)
	return time.Date(v.Year(), v.Month(), v.Day(), v.Hour(), v.Minute(), v.Second(), 0, time.UTC)
}
