package excel

import (
	"io"
)

// SheetCommunes is the sheet of the communes workbook: one commune of the
// province a row, with its administrator.
const SheetCommunes = "Xã, phường"

// Column headers of the communes workbook.
const (
	hCommuneName  = "Tên"
	hCommuneType  = "Loại (xã/phường/đặc khu)"
	hOfficialCode = "Mã"
	hShortCode    = "Mã ngắn"
	hAdminLogin   = "Tài khoản quản trị"
	hAdminName    = "Họ tên quản trị"
	hAdminEmail   = "Email"
)

// MaxCommuneRows caps the communes one workbook may add: a province has at
// most a few hundred, and one transaction must stay short.
const MaxCommuneRows = 500

// The field names of a commune's form, which CommuneRow.Cells maps to cells
// and the use case names its problems by.
const (
	FieldName         = "name"
	FieldType         = "type"
	FieldOfficialCode = "official_code"
	FieldCode         = "code"
	FieldAdminLogin   = "admin_login"
	FieldAdminName    = "admin_name"
	FieldAdminEmail   = "admin_email"
)

func communesLayout() layout {
	return layout{
		{header: hCommuneName, width: 24, required: true},
		{header: hCommuneType, width: 14, required: true},
		{header: hOfficialCode, width: 10, required: true, kind: kindLiteral},
		{header: hShortCode, width: 18, required: true, kind: kindLiteral},
		{header: hAdminLogin, width: 22, required: true, kind: kindLiteral},
		{header: hAdminName, width: 24},
		{header: hAdminEmail, width: 30, kind: kindLiteral},
	}
}

// communeFields maps each column to the form field it fills.
var communeFields = map[string]string{
	hCommuneName: FieldName, hCommuneType: FieldType, hOfficialCode: FieldOfficialCode, hShortCode: FieldCode,
	hAdminLogin: FieldAdminLogin, hAdminName: FieldAdminName, hAdminEmail: FieldAdminEmail,
}

// CommuneRow is one commune as the workbook writes it, its texts by field
// (FieldName …), with the cell of each field ("Xã, phường!D5") for the
// problems the use case finds in it.
type CommuneRow struct {
	Row    int
	Values map[string]string
	Cells  map[string]string
}

// ReadCommunes reads the sheet "Xã, phường" of a communes workbook: one
// commune a row, blank rows skipped, at most MaxCommuneRows (the sheet is
// streamed and reading stops past the cap). It checks what a workbook alone
// can: the sheet, its header row, every cell's text, and that there is a
// row. What the rows say is the use case's to check. On any problem it
// returns a *domain.Error (Invalid) listing every problem with its cell, and
// no rows.
func ReadCommunes(r io.Reader) ([]CommuneRow, error) {
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var probs problems
	var out []CommuneRow
	if g, ok := openGrid(f, SheetCommunes, MaxCommuneRows, &probs); ok {
		out = readCommunesSheet(g, &probs)
	}
	if err := probs.err("Danh sách xã, phường"); err != nil {
		return nil, err
	}
	return out, nil
}

func readCommunesSheet(g grid, probs *problems) []CommuneRow {
	l := communesLayout()
	h, ok := findHeader(g, l, probs)
	if !ok {
		return nil
	}
	cols := make([]int, 0, len(l))
	for _, c := range l {
		cols = append(cols, h.col(c.header))
	}
	var out []CommuneRow
	for row := h.row + 1; row <= len(g.rows); row++ {
		if g.blank(row, cols...) {
			continue
		}
		if len(out) == MaxCommuneRows {
			tooManyRows(probs, g.name, row, MaxCommuneRows)
			return out
		}
		cr := CommuneRow{Row: row, Values: map[string]string{}, Cells: map[string]string{}}
		for _, c := range l {
			field := communeFields[c.header]
			cr.Values[field] = g.text(h.col(c.header), row)
			cr.Cells[field] = cellRef(g.name, max(h.col(c.header), 1), row)
		}
		out = append(out, cr)
	}
	if len(out) == 0 {
		probs.add(g.name, 1, h.row+1, "chưa có xã, phường nào: ghi mỗi xã, phường một dòng dưới dòng tiêu đề")
	}
	return out
}
