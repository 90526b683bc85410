package app

import (
	"context"

	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/usecase"
)

// exportProgress writes the progress workbook of period p through the entry
// use case, to out.
func (a *App) exportProgress(ctx context.Context, env usecase.Env, orgCode, number string, p domain.Period, out string) error {
	org, err := orgByCode(ctx, env, orgCode)
	if err != nil {
		return err
	}
	uc := entry.New(env)
	book, err := uc.ExportProgress(ctx, a.actor(org), entry.ExportInput{Program: number, Period: p})
	if err != nil {
		return fmt.Errorf("xuất progress: %w", err)
	}
	if err := writeFileAtomic(out, book.Workbook); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Đã xuất số liệu %s của chương trình %s ra %s\n", p.Words(), book.Program.Number, out)
	return nil
}
