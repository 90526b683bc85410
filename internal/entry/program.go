package entry

import (
	"context"
	"fmt"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// noProgram says why a period has no grid: its year has no program.
func noProgram(year int) string {
	return "Chưa có chương trình công tác năm " + strconv.Itoa(year) + " nên chưa có tiêu chí để nhập số liệu. Quản trị hoặc lãnh đạo tạo chương trình ở mục Chương trình."
}

// programFor loads the program whose criteria take values in period p: the
// newest program of the actor's organisation for p's year, or the one
// numbered number, which must be of p's year (Invalid, under "program",
// otherwise: the grid and the report of p never read values given to
// another year's criteria). A year without a program is NotFound, in words
// a person can act on.
func programFor(ctx context.Context, st *storage.Store, a usecase.Actor, p domain.Period, number string) (domain.Program, error) {
	if number != "" {
		prog, err := st.ProgramByNumber(ctx, a.Org.ID, domain.NFC(number))
		if err == nil && prog.Year != p.Year {
			return prog, domain.InvalidInput("Chương trình không khớp với kỳ báo cáo.", []domain.Problem{{Field: "program",
				Message: fmt.Sprintf("Chương trình %s là của năm %d, không nhận số liệu %s.", prog.Number, prog.Year, p.Words())}})
		}
		return prog, err
	}
	prog, err := st.ProgramForYear(ctx, a.Org.ID, p.Year)
	if domain.IsNotFound(err) {
		return prog, domain.Errorf(domain.NotFound, "%s", noProgram(p.Year))
	}
	return prog, err
}

// criterionRef is a criterion of a program with its group, for its label.
type criterionRef struct {
	domain.Criterion
	Group domain.Group
	Label string // "II.6"
}

// criteriaOf indexes a program's criteria by ID.
func criteriaOf(prog domain.Program) map[int64]criterionRef {
	out := make(map[int64]criterionRef, prog.CriteriaCount())
	for _, g := range prog.Groups {
		for _, c := range g.Criteria {
			out[c.ID] = criterionRef{Criterion: c, Group: g, Label: domain.CriterionKey(g, c)}
		}
	}
	return out
}

// mayEnter refuses, as Forbidden, a criterion whose values the actor may
// not enter: unit staff enter only those their unit leads.
func mayEnter(a usecase.Actor, c criterionRef) error {
	if unit := a.StaffUnit(); a.User.Role == domain.RoleStaff && !c.LedBy(unit) {
		return domain.Errorf(domain.Forbidden, "Tiêu chí %s không do đơn vị của bạn chủ trì thực hiện, nên bạn không nhập số liệu cho tiêu chí này được.", c.Label)
	}
	return nil
}
