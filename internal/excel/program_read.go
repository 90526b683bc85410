package excel

import (
	"io"

	"github.com/nq57/nq57/internal/domain"
)

// ProgramBook is a program as a workbook gave it, with the cells that a
// caller may have to name later.
type ProgramBook struct {
	Program domain.Program
	// BlankTargets names, by criterion ("II.3"), the "Chỉ tiêu" cells left
	// empty ("Tiêu chí!E12"): such a criterion reads as qualitative, which is
	// only right if it was meant to be.
	BlankTargets map[string]string
	// KeyColumn reports whether the table has the "Mã tiêu chí" column of a
	// framework; KeyCells names, by criterion ("II.3"), its key cell
	// ("Tiêu chí!I12"), so that a missing or repeated key is named by cell.
	KeyColumn bool
	KeyCells  map[string]string
}

// ReadProgram reads a program workbook written by WriteProgram or filled in by
// hand. All text is NFC-normalised and trimmed; role texts are kept as written.
// Groups come in order of first appearance and Position fields are set. On any
// mistake it returns a *domain.Error (Invalid) listing every problem with its
// cell and reason, and no program.
func ReadProgram(r io.Reader) (domain.Program, error) {
	book, err := ReadProgramBook(r)
	return book.Program, err
}

// ReadProgramBook is ReadProgram, with the cells of the criteria whose
// targets were left blank.
func ReadProgramBook(r io.Reader) (ProgramBook, error) {
	f, err := openWorkbook(r)
	if err != nil {
		return ProgramBook{}, err
	}
	defer f.Close()
	var probs problems
	book := ProgramBook{Program: readProgramInfo(f, &probs), BlankTargets: map[string]string{}, KeyCells: map[string]string{}}
	if g, ok := openGrid(f, sheetCriteria, maxCriteriaRows, &probs); ok {
		book.Program.Groups, book.KeyColumn = readCriteria(g, &probs, book.BlankTargets, book.KeyCells)
	}
	if err := probs.err("Bảng tính chương trình"); err != nil {
		return ProgramBook{}, err
	}
	return book, nil
}

// readCriteria reads the "Tiêu chí" table into groups, noting in blank the
// cells of targets left empty and in keys the cells of framework keys; it
// reports whether the table has the key column.
func readCriteria(g grid, probs *problems, blank, keys map[string]string) ([]domain.Group, bool) {
	h, ok := findHeader(g, programReadLayout(), probs)
	if !ok {
		return nil, false
	}
	b := newGroupBuilder(g, h, probs)
	b.blank, b.keys = blank, keys
	cols := make([]int, 0, len(h.cols))
	for _, c := range h.cols {
		cols = append(cols, c)
	}
	n := 0
	for row := h.row + 1; row <= len(g.rows); row++ {
		if g.blank(row, cols...) {
			continue
		}
		if n++; n > maxCriteriaRows {
			tooManyRows(probs, g.name, row, maxCriteriaRows)
			break
		}
		b.add(readCriterionRow(g, h, row))
	}
	return b.result(), h.col(hKey) != 0
}

// criterionRow is one row of the "Tiêu chí" table as written.
type criterionRow struct {
	row                     int
	numeral, groupName      string
	number, text, targets   string
	monitoring, lead, coord string
	key                     string
}

func readCriterionRow(g grid, h header, row int) criterionRow {
	cell := func(name string) string { return g.text(h.col(name), row) }
	return criterionRow{
		row: row, numeral: cell(hGroup), groupName: cell(hGroupName),
		number: cell(hNumber), text: cell(hText), targets: cell(hTargets),
		monitoring: cell(hMonitoring), lead: cell(hLead), coord: cell(hCoordinating),
		key: cell(hKey),
	}
}
