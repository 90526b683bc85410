// Package excel reads and writes the workbooks that commune officials fill in:
// a program workbook (the program and its criteria) and a progress workbook
// (the values of one reporting period). It works on domain types only and
// never touches the database.
//
// Every text read from a workbook is NFC-normalised and trimmed, and every
// cell must be text nq57 can keep (domain.CheckText). Sheets are read as a
// stream, up to a row cap per table: a file past it is refused without
// reading further. Otherwise reading never stops at the first mistake: it
// returns a *domain.Error (code Invalid) that lists the problems with their
// cells ("Tiêu chí!C12") and, in Vietnamese, why; the first 200, then a
// count of the others.
package excel

// Sheet names, as the workbooks show them.
const (
	sheetInfo     = "Chương trình"
	sheetCriteria = "Tiêu chí"
	sheetProgress = "Số liệu"
)
