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
}

func (im importer) criteria(ctx context.Context, orgCode string, data []byte) error {
	org, err := orgByCode(ctx, im.store, orgCode)
	if err != nil {
		return err
	}
	prog, err := excel.ReadProgram(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("tệp %s: %w", im.file, err)
	}
	units, err := im.store.Units(ctx, org.ID)
	if err != nil {
		return fmt.Errorf("units of %s: %w", orgCode, err)
	}
	prog.OrgID = org.ID
	linkUnits(&prog, units)
	old, err := im.store.ProgramByNumber(ctx, org.ID, prog.Number)
	if err != nil && !domain.IsNotFound(err) {
		return fmt.Errorf("program %s: %w", prog.Number, err)
	}
	changes := domain.DiffPrograms(old, prog)
	printChanges(im, fmt.Sprintf("Chương trình %s (%d tiêu chí)", prog.Number, prog.CriteriaCount()), changes)
	if im.dryRun || len(changes) == 0 {
		return nil
	}
	if err := im.store.SaveProgram(ctx, &prog); err != nil {
		return fmt.Errorf("ghi chương trình %s: %w", prog.Number, err)
	}
	fmt.Fprintf(im.app.Stdout, "Đã ghi chương trình %s.\n", prog.Number)
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

// linkUnits matches each role's words to the organisation's units.
func linkUnits(p *domain.Program, units []domain.Unit) {
	for gi := range p.Groups {
		for ci := range p.Groups[gi].Criteria {
			r := &p.Groups[gi].Criteria[ci].Roles
			for _, role := range []*domain.Role{&r.Monitoring, &r.Lead, &r.Coordinating} {
				role.UnitIDs = domain.MatchUnits(role.Text, units)
			}
		}
	}
}
