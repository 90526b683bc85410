package excel

import (
	"io"

	"github.com/nq57/nq57/internal/domain"
)

// ReadProgram reads a program workbook written by WriteProgram or filled in by
// hand. All text is NFC-normalised and trimmed; role texts are kept as written.
// Groups come in order of first appearance and Position fields are set. On any
// mistake it returns a *domain.Error (Invalid) listing every problem with its
// cell and reason, and no program.
func ReadProgram(r io.Reader) (domain.Program, error) {
	f, err := openWorkbook(r)
	if err != nil {
		return domain.Program{}, err
	}
	defer f.Close()
	var probs problems
	p := readProgramInfo(f, &probs)
	if g, ok := openGrid(f, sheetCriteria, &probs); ok {
		p.Groups = readCriteria(g, &probs)
	}
	if err := probs.err("Bảng tính chương trình"); err != nil {
		return domain.Program{}, err
	}
	return p, nil
}

// readCriteria reads the "Tiêu chí" table into groups.
func readCriteria(g grid, probs *problems) []domain.Group {
	h, ok := findHeader(g, programLayout(), probs)
	if !ok {
		return nil
	}
	b := newGroupBuilder(g, h, probs)
	cols := make([]int, 0, len(h.cols))
	for _, c := range h.cols {
		cols = append(cols, c)
	}
	for row := h.row + 1; row <= len(g.rows); row++ {
		if g.blank(row, cols...) {
			continue
		}
		b.add(readCriterionRow(g, h, row))
	}
	return b.result()
}

// criterionRow is one row of the "Tiêu chí" table as written.
type criterionRow struct {
	row                     int
	numeral, groupName      string
	number, text, targets   string
	monitoring, lead, coord string
}

func readCriterionRow(g grid, h header, row int) criterionRow {
	cell := func(name string) string { return g.text(h.col(name), row) }
	return criterionRow{
		row: row, numeral: cell(hGroup), groupName: cell(hGroupName),
		number: cell(hNumber), text: cell(hText), targets: cell(hTargets),
		monitoring: cell(hMonitoring), lead: cell(hLead), coord: cell(hCoordinating),
	}
}
