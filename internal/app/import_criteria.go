package app

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/programs"
)

// criteria imports a program workbook through the same use case as the web
// page: with --dry-run it lists what would change and writes nothing;
// otherwise it writes the program and its audit entry, as the command line
// ("dòng lệnh (<OS user>)"), in one transaction. A workbook with problems
// changes nothing.
func (im importer) criteria(ctx context.Context, orgCode string, data []byte) error {
	org, err := orgByCode(ctx, im.env, orgCode)
	if err != nil {
		return err
	}
	svc := programs.New(im.env)
	run := svc.Import
	if im.dryRun {
		run = svc.PreviewImport
	}
	res, err := run(ctx, im.app.actor(org), data)
	if err != nil {
		return fmt.Errorf("tệp %s: %w", im.file, err)
	}
	printChanges(im, fmt.Sprintf("Chương trình %s (%d tiêu chí)", res.Program.Number, res.Program.CriteriaCount()), res.Changes)
	if !im.dryRun && len(res.Changes) > 0 {
		fmt.Fprintf(im.app.Stdout, "Đã ghi chương trình %s.\n", res.Program.Number)
	}
	return nil
}
