package commune

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/web/ui"
)

// dataPage is the data-entry grid of one period and unit.
type dataPage struct {
	ui.Page
	Period    domain.Period
	Periods   []dataPeriodOption
	Units     []domain.Unit // the choices; empty for staff, who keep their own unit
	UnitID    int64
	UnitName  string
	OwnUnit   bool
	Program   domain.Program
	NoProgram string
	Groups    []dataGroup
	Rows      int
	Editable  bool // the user may enter data and the period is open
	MaxFile   string
	FileTypes string
	Locked    string
	Summary   []dataError
	Errors    ui.Errors
	Deletable []dataFile // files with a delete button: their forms stand outside the grid's
}

type dataPeriodOption struct {
	Value, Label string
	Selected     bool
}

// dataError is one line of the error summary, linking to its field.
type dataError struct {
	Field, Where, Message string
}

type dataGroup struct {
	Numeral, Name string
	Rows          []dataRow
}

// dataRow is one criterion of the grid, with what its fields hold: the
// stored record, or what the user typed when a save was refused.
type dataRow struct {
	ID          int64
	Editable    bool
	Names       entry.RowFields
	Label       string // "I.1"
	Text        string
	TargetsText string
	Qualitative bool
	Targets     []dataTarget
	Drawn       string // what the row is drawn with: the version and fingerprint of its record (entry.DrawnText)
	Met         string // "yes", "no" or ""
	MetError    string
	Note        string
	NoteError   string
	Evidence    string
	EvidError   string
	Files       []dataFile
	Accept      string // the file input's accept attribute
	FileError   string
	RowError    string // the row was refused as a whole: someone else changed it
	Status      domain.Status
	Carried     string // "Kỳ trước: tháng 2 — Đạt", when the period has no record
}

// dataFile is an evidence file already uploaded for the row's period.
type dataFile struct {
	ID         int64
	Name, Size string
	Form       string // the id of its delete form
}

// dataTarget is the inputs of one target of a criterion.
type dataTarget struct {
	Names      entry.TargetFields
	Text       string // "≥ 95 %"
	Percent    bool
	Unit       string
	Value      string
	Num, Den   string
	ValueError string
	NumError   string
	DenError   string
}

// dataKeep says what a grid shown again after a refused save keeps of a
// posted row: what was typed and what it was drawn with (nothing was saved,
// the row still stands against the record it was drawn with), or only what
// was typed (the row was refused because its record changed: it now stands
// against the new record, so that saving again overwrites knowingly).
type dataKeep int

const (
	keepDrawn dataKeep = iota + 1
	keepTyped
)

// dataRefusal is a refused save to show in the grid: the post, what to keep
// of each of its rows, and the errors by field.
type dataRefusal struct {
	posted url.Values
	keep   map[int64]dataKeep
	errs   ui.Errors
}

// dataPageOf builds the page of a grid. ref, when not nil, is a refused
// save: its rows show what the user typed, and its errors.
func (h *Handlers) dataPageOf(r *http.Request, g entry.Grid, ref *dataRefusal) *dataPage {
	if ref == nil {
		ref = &dataRefusal{errs: ui.Errors{}}
	}
	p := &dataPage{
		Page: h.ui.Page(r, "Nhập số liệu "+g.Period.Words(), "data"), Period: g.Period, Periods: dataPeriodOptions(g.Period),
		UnitID: g.UnitID, OwnUnit: g.OwnUnit, Program: g.Program, NoProgram: g.NoProgram, Errors: ref.errs,
		Editable: g.Editable, MaxFile: domain.ByteSize(h.maxUpload), FileTypes: domain.EvidenceTypes(), Rows: g.Rows,
	}
	if !g.OwnUnit {
		p.Units = g.Units
	}
	for _, u := range g.Units {
		if u.ID == g.UnitID {
			p.UnitName = u.ShortName
		}
	}
	if g.Locked {
		p.Locked = "Số liệu " + g.Period.Words() + " đã khóa vì báo cáo đã ban hành; không sửa được. Lãnh đạo có thể mở khóa (kèm lý do) ở mục Báo cáo."
	}
	for _, grp := range g.Groups {
		dg := dataGroup{Numeral: grp.Numeral, Name: grp.Name}
		for _, gr := range grp.Rows {
			row := dataRowOf(gr, g.Period)
			row.Editable, row.Accept = g.Editable, domain.EvidenceExtensions()
			if keep := ref.keep[gr.Criterion.ID]; keep != 0 {
				row.keep(ref.posted, keep)
			}
			row.setErrors(ref.errs)
			if row.Editable {
				p.Deletable = append(p.Deletable, row.Files...)
			}
			dg.Rows = append(dg.Rows, row)
		}
		p.Groups = append(p.Groups, dg)
	}
	p.Summary = dataSummary(p.Groups, ref.errs)
	return p
}

func dataRowOf(gr entry.GridRow, p domain.Period) dataRow {
	c, rec := gr.Criterion, gr.Record
	row := dataRow{
		ID: c.ID, Names: gr.Fields, Label: gr.Label, Text: c.Text, TargetsText: domain.FormatTargets(c.Targets),
		Qualitative: c.Qualitative(), Status: gr.Status, Drawn: entry.DrawnText(gr.Version, gr.Drawn),
	}
	for _, f := range gr.Files {
		row.Files = append(row.Files, dataFile{ID: f.ID, Name: f.Name, Size: domain.ByteSize(f.Size), Form: "delete-file-" + strconv.FormatInt(f.ID, 10)})
	}
	if gr.Carried != nil {
		row.Carried = "Kỳ trước: " + periodShort(gr.Carried.Period, p) + " — " + c.Evaluate(gr.Carried).Label()
	}
	for i, t := range c.Targets {
		dt := dataTarget{Names: gr.Fields.Target(i), Text: t.String(), Percent: t.Percent(), Unit: t.Unit}
		if rec != nil && i < len(rec.Values) {
			m := rec.Values[i]
			dt.Value, dt.Num, dt.Den = ui.NumberText(m.Value), ui.NumberText(m.Numerator), ui.NumberText(m.Denominator)
		}
		row.Targets = append(row.Targets, dt)
	}
	if rec != nil {
		row.Met, row.Note, row.Evidence = metValue(rec.Met), rec.Note, rec.Evidence
	}
	return row
}

// keep puts back what the user typed in a refused save, and what the row
// was drawn with when nothing of it was saved.
func (row *dataRow) keep(posted url.Values, keep dataKeep) {
	for i := range row.Targets {
		t := &row.Targets[i]
		t.Value, t.Num, t.Den = posted.Get(t.Names.Value), posted.Get(t.Names.Numerator), posted.Get(t.Names.Denominator)
	}
	row.Met, row.Note, row.Evidence = posted.Get(row.Names.Met), posted.Get(row.Names.Note), posted.Get(row.Names.Evidence)
	if keep == keepDrawn {
		row.Drawn = posted.Get(row.Names.Drawn)
	}
}

func (row *dataRow) setErrors(errs ui.Errors) {
	for i := range row.Targets {
		t := &row.Targets[i]
		t.ValueError, t.NumError, t.DenError = errs[t.Names.Value], errs[t.Names.Numerator], errs[t.Names.Denominator]
	}
	row.MetError, row.NoteError = errs[row.Names.Met], errs[row.Names.Note]
	row.EvidError, row.FileError, row.RowError = errs[row.Names.Evidence], errs[row.Names.File], errs[row.Names.Row]
}

// dataSummary lists the errors in the order of the grid, for the top of the
// page.
func dataSummary(groups []dataGroup, errs ui.Errors) []dataError {
	var out []dataError
	if msg := errs[""]; msg != "" {
		out = append(out, dataError{Message: msg})
	}
	add := func(field, where, msg string) {
		if msg != "" {
			out = append(out, dataError{Field: field, Where: where, Message: msg})
		}
	}
	for _, g := range groups {
		for _, row := range g.Rows {
			where := "Tiêu chí " + row.Label
			add(row.Names.Row, where, row.RowError)
			for i, t := range row.Targets {
				at := where
				if len(row.Targets) > 1 {
					at = fmt.Sprintf("%s, chỉ tiêu %d", where, i+1)
				}
				add(t.Names.Value, at, t.ValueError)
				add(t.Names.Numerator, at, t.NumError)
				add(t.Names.Denominator, at, t.DenError)
			}
			add(row.Names.Met, where, row.MetError)
			add(row.Names.Note, where, row.NoteError)
			add(row.Names.Evidence, where, row.EvidError)
			add(row.Names.File, where, row.FileError)
		}
	}
	return out
}

func dataPeriodOptions(sel domain.Period) []dataPeriodOption {
	var out []dataPeriodOption
	for m := 1; m <= 12; m++ {
		p := domain.Period{Kind: domain.Month, Year: sel.Year, N: m}
		out = append(out, dataPeriodOption{Value: p.String(), Label: p.Words(), Selected: p == sel})
	}
	for q := 1; q <= 4; q++ {
		p := domain.Period{Kind: domain.Quarter, Year: sel.Year, N: q}
		out = append(out, dataPeriodOption{Value: p.String(), Label: p.Words(), Selected: p == sel})
	}
	return out
}

// periodShort names an earlier period without its year when it is the year
// of the grid: "tháng 2", "tháng 12 năm 2025".
func periodShort(p, of domain.Period) string {
	if p.Year == of.Year {
		return p.Name()
	}
	return p.Words()
}

func metValue(p *bool) string {
	switch {
	case p == nil:
		return ""
	case *p:
		return "yes"
	}
	return "no"
}
