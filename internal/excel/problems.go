package excel

import (
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// problems collects what is wrong with a workbook, in the order it was found.
type problems struct {
	list []domain.Problem
}

// add records a problem at the cell (col, row) of sheet, both 1-based.
func (p *problems) add(sheet string, col, row int, format string, args ...any) {
	p.list = append(p.list, domain.Problem{Field: cellRef(sheet, col, row), Message: fmt.Sprintf(format, args...)})
}

// err returns nil when nothing was found, and otherwise an Invalid error that
// lists every problem under a heading built from what.
func (p *problems) err(what string) error {
	if len(p.list) == 0 {
		return nil
	}
	return domain.InvalidInput(fmt.Sprintf("%s có %d lỗi, chưa nhập được", what, len(p.list)), p.list)
}
