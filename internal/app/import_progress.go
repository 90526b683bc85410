package app

import (
	"bytes"
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/entry"
)

// progress imports the values of period p from a workbook through the entry
// use case, as the command line ("dòng lệnh (OS user)"): the rules of the
// web's grid (a locked period refused with the web's words, history, audit)
// hold here too. There is no way around them.
func (im importer) progress(ctx context.Context, orgCode, number string, p domain.Period, data []byte) error {
	org, err := orgByCode(ctx, im.env, orgCode)
	if err != nil {
		return err
	}
	uc := entry.New(im.env)
	res, err := uc.ImportProgress(ctx, im.app.actor(org), entry.ImportInput{Program: number, Period: p, Workbook: bytes.NewReader(data), DryRun: im.dryRun})
	if domain.ErrorCode(err) == domain.Invalid {
		return fmt.Errorf("tệp %s: %w", im.file, err)
	}
	if err != nil {
		return err
	}
	printChanges(im, fmt.Sprintf("Số liệu %s, chương trình %s", p.Words(), res.Program.Number), res.Changes)
	if !im.dryRun && len(res.Changes) > 0 {
		fmt.Fprintf(im.app.Stdout, "Đã ghi số liệu của %d tiêu chí.\n", len(res.Changes))
	}
	return nil
}
