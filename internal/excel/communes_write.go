package excel

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// WriteCommunesTemplate writes the empty workbook that ReadCommunes reads:
// the sheet "Xã, phường" with its header row, one example row and a
// drop-down for the type, then a sheet of instructions.
func WriteCommunesTemplate(w io.Writer) error {
	example := []string{"Gia Viễn", "xã", "14560", "gia-vien", "gia-vien-quantri", "Nguyễn Văn An", "an.nv@ninhbinh.gov.vn"}
	return WriteCommunes(w, [][]string{example})
}

// WriteCommunes writes a communes workbook in the layout ReadCommunes
// reads, with rows (name, type, official code, short code, the
// administrator's login, name and e-mail) under the header, and the guide.
func WriteCommunes(w io.Writer, rows [][]string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeCommunes(f, rows); err != nil {
		return fmt.Errorf("write communes workbook: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write communes workbook: %w", err)
	}
	return nil
}

func writeCommunes(f *excelize.File, rows [][]string) error {
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), SheetCommunes); err != nil {
		return err
	}
	sw := &sheetWriter{f: f, sheet: SheetCommunes, st: st}
	l := communesLayout()
	submissionsTable(sw, l, 1)
	for r, row := range rows {
		for i, c := range l {
			if i < len(row) {
				sw.str(i+1, r+2, row[i], st.of(c.kind))
			}
		}
	}
	var labels []string
	for _, t := range domain.CommuneTypes {
		labels = append(labels, t.Label())
	}
	addDropList(sw, l.pos(hCommuneType), MaxCommuneRows+1, labels, "Loại", "Chọn xã, phường hoặc đặc khu.")
	if sw.err != nil {
		return sw.err
	}
	return writeLines(f, st, sheetGuide, communesGuide)
}

// communesGuide are the instructions of the communes template.
var communesGuide = []string{
	"Cách ghi danh sách xã, phường, đặc khu của tỉnh",
	"Ghi mỗi xã, phường, đặc khu một dòng ở trang “" + SheetCommunes + "”; không sửa dòng tiêu đề; xóa dòng ví dụ (Gia Viễn) trước khi tải lên.",
	"Tên: tên không kèm chữ “xã”, “phường”, ví dụ Gia Viễn. Loại: xã, phường hoặc đặc khu.",
	"Mã: mã định danh 5 chữ số theo Quyết định 19/2025/QĐ-TTg. Mã ngắn: chữ thường không dấu, chữ số và dấu gạch ngang, dùng trong đường dẫn (ví dụ gia-vien).",
	"Tài khoản quản trị: tên đăng nhập của người quản trị xã, phường (chữ thường không dấu, ví dụ gia-vien-quantri); họ tên và email có thể để trống.",
	"Mã, mã ngắn và tài khoản quản trị không được trùng với nhau hay với đơn vị, tài khoản đã có trên hệ thống.",
	"Khi tải lên, trang sẽ cho xem trước mọi lỗi theo từng ô; chỉ khi không còn lỗi mới ghi, và ghi tất cả cùng lúc.",
	"Sau khi ghi, trang cho xem và tải về mật khẩu một lần của từng tài khoản quản trị (chỉ một lần, hệ thống không lưu lại).",
}

// writeLines writes a sheet of instructions: a title line, then one line a
// row.
func writeLines(f *excelize.File, st styles, sheet string, lines []string) error {
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	sw := &sheetWriter{f: f, sheet: sheet, st: st}
	sw.fail("set column width", f.SetColWidth(sheet, "A", "A", 110))
	for i, line := range lines {
		style := st.of(kindText)
		if i == 0 {
			style = st.title
		}
		sw.str(1, i+1, line, style)
	}
	return sw.err
}

// Login is one account made with a one-time password, for the workbook that
// hands the passwords out.
type Login struct {
	Org      string // "xã Gia Viễn"
	Code     string // "gia-vien"
	Login    string
	Name     string
	Password string
}

// SheetLogins is the sheet of the passwords workbook.
const SheetLogins = "Tài khoản"

// WriteLogins writes the workbook of one-time passwords given out at an
// import: one account a row. It is made in memory for one download and
// never stored.
func WriteLogins(w io.Writer, logins []Login) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("write logins: %w", err)
	}
	if err := f.SetSheetName(f.GetSheetName(0), SheetLogins); err != nil {
		return fmt.Errorf("write logins: %w", err)
	}
	sw := &sheetWriter{f: f, sheet: SheetLogins, st: st}
	l := layout{
		{header: "Xã, phường", width: 26}, {header: hShortCode, width: 18, kind: kindLiteral},
		{header: "Tên đăng nhập", width: 24, kind: kindLiteral}, {header: "Họ tên", width: 24},
		{header: "Mật khẩu một lần", width: 22, kind: kindLiteral},
	}
	submissionsTable(sw, l, 1)
	for i, lg := range logins {
		for j, v := range []string{lg.Org, lg.Code, lg.Login, lg.Name, lg.Password} {
			sw.str(j+1, i+2, v, st.of(l[j].kind))
		}
	}
	if sw.err != nil {
		return fmt.Errorf("write logins: %w", sw.err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write logins: %w", err)
	}
	return nil
}
