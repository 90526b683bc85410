// Package excel reads and writes the workbooks that commune officials fill in:
// a program workbook (the program and its criteria) and a progress workbook
// (the values of one reporting period). It works on domain types only and
// never touches the database.
//
// Every text read from a workbook is NFC-normalised and trimmed. Reading never
// stops at the first mistake: it returns a *domain.Error (code Invalid) that
// lists every problem with its cell ("Tiêu chí!C12") and, in Vietnamese, why.
package excel

// Sheet names, as the workbooks show them.
const (
	sheetInfo     = "Chương trình"
	sheetCriteria = "Tiêu chí"
	sheetProgress = "Số liệu"
)
