package excel

import (
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// maxProblems is how many problems a workbook's error lists; the others are
// counted in one last line, so that a broken file of many rows gives a page
// a person can read, not megabytes of the same mistake.
const maxProblems = 200

// otherCells is where the count of the problems not listed is.
const otherCells = "Các ô khác"

// problems collects what is wrong with a workbook, in the order it was found.
type problems struct {
	list []domain.Problem
	more int // found past maxProblems
}

// add records a problem at the cell (col, row) of sheet, both 1-based.
func (p *problems) add(sheet string, col, row int, format string, args ...any) {
	if len(p.list) >= maxProblems {
		p.more++
		return
	}
	p.list = append(p.list, domain.Problem{Field: cellRef(sheet, col, row), Message: fmt.Sprintf(format, args...)})
}

// addFirst records a problem before the others found so far; the last one
// listed is then counted instead, if the list is full.
func (p *problems) addFirst(sheet string, col, row int, format string, args ...any) {
	first := domain.Problem{Field: cellRef(sheet, col, row), Message: fmt.Sprintf(format, args...)}
	p.list = append([]domain.Problem{first}, p.list...)
	if len(p.list) > maxProblems {
		p.list = p.list[:maxProblems]
		p.more++
	}
}

// err returns nil when nothing was found, and otherwise an Invalid error that
// lists the problems (the first maxProblems, then a count of the others)
// under a heading built from what.
func (p *problems) err(what string) error {
	if len(p.list) == 0 {
		return nil
	}
	list := p.list
	if p.more > 0 {
		list = append(list[:len(list):len(list)], domain.Problem{Field: otherCells, Message: fmt.Sprintf("… và %s lỗi khác", domain.FormatCount(p.more))})
	}
	return domain.InvalidInput(fmt.Sprintf("%s có %s lỗi, chưa nhập được", what, domain.FormatCount(len(p.list)+p.more)), list)
}
