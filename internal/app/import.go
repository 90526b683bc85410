package app

import (
	"bytes"
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
)

// importer reads a workbook, tells what it would change, and writes it in one
// transaction unless this is a dry run. A workbook with problems changes nothing.
type importer struct {
	app    *App
	store  *storage.Store
	file   string
	dryRun bool
	by     string
}

func (im importer) progress(ctx context.Context, orgCode, number string, p domain.Period, data []byte) error {
	prog, err := loadProgram(ctx, im.store, orgCode, number)
	if err != nil {
		return err
	}
	records, err := excel.ReadProgress(bytes.NewReader(data), prog, p)
	if err != nil {
		return fmt.Errorf("tệp %s: %w", im.file, err)
	}
	old, err := im.store.ProgressFor(ctx, prog.ID, p)
	if err != nil {
		return fmt.Errorf("progress of %s in %s: %w", prog.Number, p, err)
	}
	changed := changedProgress(old, records)
	printChanges(im, fmt.Sprintf("Số liệu %s, chương trình %s", p.Words(), prog.Number), describeProgress(prog, old, changed))
	if im.dryRun || len(changed) == 0 {
		return nil
	}
	now := im.app.Now().UTC()
	for i := range changed {
		changed[i].RecordedBy, changed[i].RecordedAt = im.by, now
	}
	if err := im.store.SaveProgress(ctx, changed); err != nil {
		return fmt.Errorf("ghi số liệu %s: %w", p, err)
	}
	fmt.Fprintf(im.app.Stdout, "Đã ghi số liệu của %d tiêu chí.\n", len(changed))
	return nil
}

// printChanges lists the changes, one a line: lines of text, or changes that
// write themselves (domain.ProgramChange).
func printChanges[C any](im importer, what string, changes []C) {
	w := im.app.Stdout
	switch {
	case len(changes) == 0:
		fmt.Fprintf(w, "%s: không có gì thay đổi.\n", what)
		return
	case im.dryRun:
		fmt.Fprintf(w, "%s — chạy thử, chưa ghi gì. Sẽ thay đổi %d mục:\n", what, len(changes))
	default:
		fmt.Fprintf(w, "%s — %d thay đổi:\n", what, len(changes))
	}
	for _, c := range changes {
		fmt.Fprintf(w, "  %v\n", c)
	}
}
