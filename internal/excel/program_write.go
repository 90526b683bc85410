package excel

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// WriteProgram writes program p as a workbook with a sheet "Chương trình"
// (number, date, issuing body, title, year) and a sheet "Tiêu chí" listing
// the criteria, one row each, under the documented header row.
func WriteProgram(w io.Writer, p domain.Program) error {
	if p.Number == "" {
		return fmt.Errorf("write program: a program without a number (WriteTemplate writes the blank workbook)")
	}
	return writeProgramBook(w, p)
}

// WriteTemplate writes the blank program workbook a new organisation starts
// from: both sheets with their labels and header row, the values empty, an
// example beside each label.
func WriteTemplate(w io.Writer) error { return writeProgramBook(w, domain.Program{}) }

func writeProgramBook(w io.Writer, p domain.Program) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("write program %s: %w", p.Number, err)
	}
	if err := f.SetSheetName(f.GetSheetName(0), sheetInfo); err != nil {
		return fmt.Errorf("write program %s: %w", p.Number, err)
	}
	if err := writeProgramInfo(&sheetWriter{f: f, sheet: sheetInfo, st: st}, p); err != nil {
		return fmt.Errorf("write program %s: %w", p.Number, err)
	}
	if _, err := f.NewSheet(sheetCriteria); err != nil {
		return fmt.Errorf("write program %s: %w", p.Number, err)
	}
	if err := writeCriteria(&sheetWriter{f: f, sheet: sheetCriteria, st: st}, p); err != nil {
		return fmt.Errorf("write program %s: %w", p.Number, err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write program %s: %w", p.Number, err)
	}
	return nil
}

// writeCriteria writes the "Tiêu chí" table, one row per criterion.
func writeCriteria(w *sheetWriter, p domain.Program) error {
	l := programLayout()
	w.table(l, 1)
	row := 2
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			writeCriterion(w, l, row, g, c)
			row++
		}
	}
	return w.err
}

func writeCriterion(w *sheetWriter, l layout, row int, g domain.Group, c domain.Criterion) {
	text := func(h, v string) { w.str(l.pos(h), row, v, w.st.of(l[l.pos(h)-1].kind)) }
	text(hGroup, g.Numeral)
	text(hGroupName, g.Name)
	w.num(l.pos(hNumber), row, float64(c.Number), w.st.of(kindNumber))
	text(hText, c.Text)
	text(hTargets, domain.FormatTargets(c.Targets))
	text(hMonitoring, c.Roles.Monitoring.Text)
	text(hLead, c.Roles.Lead.Text)
	text(hCoordinating, c.Roles.Coordinating.Text)
}
