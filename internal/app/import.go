package app

import (
	"fmt"

	"github.com/nq57/nq57/internal/usecase"
)

// importer reads a workbook, tells what it would change, and writes it in one
// transaction unless this is a dry run. A workbook with problems changes nothing.
type importer struct {
	app    *App
	env    usecase.Env
	file   string
	dryRun bool
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
