package app

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/usecase"
)

// exportCriteria writes the organisation's program with the number (its
// newest when number is empty) to the workbook out. An organisation with no
// program yet gets the blank workbook to fill in and import.
func exportCriteria(ctx context.Context, a *App, env usecase.Env, orgCode, number, out string) error {
	org, err := orgByCode(ctx, env, orgCode)
	if err != nil {
		return err
	}
	book, err := programs.New(env).ExportByNumber(ctx, a.actor(org), number)
	if err != nil {
		return fmt.Errorf("xuất chương trình: %w", err)
	}
	if err := writeFileAtomic(out, book.Data); err != nil {
		return err
	}
	if book.Blank() {
		fmt.Fprintf(a.Stdout, "Đơn vị %s chưa có chương trình công tác nào: đã xuất tệp mẫu trống ra %s.\n"+
			"Điền trang “Chương trình” và các dòng của trang “Tiêu chí”, rồi nhập: nq57 import criteria --org %s %s\n", orgCode, out, orgCode, out)
		return nil
	}
	fmt.Fprintf(a.Stdout, "Đã xuất chương trình %s (%d tiêu chí) ra %s\n", book.Program.Number, book.Program.CriteriaCount(), out)
	return nil
}
