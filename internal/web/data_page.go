package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// dataPage is the data-entry grid of one period and unit.
type dataPage struct {
	Page
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
	Errors    fieldErrors
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
	Field       string // prefix of the row's field names: "c12"
	Label       string // "I.1"
	Text        string
	TargetsText string
	Qualitative bool
	Targets     []dataTarget
	Met         string // "yes", "no" or ""
	MetError    string
	Note        string
	NoteError   string
	Evidence    string
	EvidError   string
	Files       []dataFile
	FileError   string
	Status      domain.Status
	Carried     string // "Kỳ trước: tháng 2 — Đạt", when the period has no record
}

// dataFile is an evidence file already uploaded for the row's period.
type dataFile struct {
	ID         int64
	Name, Size string
}

func dataFiles(files []storage.EvidenceFile) []dataFile {
	out := make([]dataFile, len(files))
	for i, f := range files {
		out[i] = dataFile{ID: f.ID, Name: f.Name, Size: byteSize(f.Size)}
	}
	return out
}

// dataTarget is the inputs of one target of a criterion.
type dataTarget struct {
	Field      string // "c12-t0"
	Text       string // "≥ 95 %"
	Comparator string
	Threshold  string // for the script: a plain number with a dot
	Upper      string
	Percent    bool
	Unit       string
	Value      string
	Num, Den   string
	ValueError string
	NumError   string
	DenError   string
}

// dataPageOf builds the page of a grid. posted, when not nil, is a refused
// save: the fields show what the user typed, and errs what is wrong.
func (s *Server) dataPageOf(r *http.Request, g *grid, posted url.Values, errs fieldErrors) *dataPage {
	v := mustViewer(r)
	p := &dataPage{
		Page: s.page(r, "Nhập số liệu "+g.Sel.Period.Words(), "data"), Period: g.Sel.Period, Periods: dataPeriodOptions(g.Sel.Period),
		UnitID: g.Sel.UnitID, OwnUnit: g.Sel.OwnUnit, Program: g.Program, NoProgram: g.NoProgram, Errors: errs,
		Editable: v.User.Can(domain.ActEnterData) && !g.Locked && g.NoProgram == "",
		MaxFile:  byteSize(s.cfg.MaxUploadBytes), FileTypes: acceptedTypes(),
	}
	if !g.Sel.OwnUnit {
		p.Units = g.Units
	}
	for _, u := range g.Units {
		if u.ID == g.Sel.UnitID {
			p.UnitName = u.ShortName
		}
	}
	if g.Locked {
		p.Locked = "Số liệu " + g.Sel.Period.Words() + " đã khóa vì báo cáo đã ban hành; không sửa được. Lãnh đạo có thể mở khóa (kèm lý do) ở mục Báo cáo."
	}
	for _, grp := range g.Program.Groups {
		dg := dataGroup{Numeral: grp.Numeral, Name: grp.Name}
		for _, c := range grp.Criteria {
			if g.Sel.shows(c) {
				row := g.row(grp, c, posted, errs)
				row.Editable = p.Editable
				dg.Rows = append(dg.Rows, row)
			}
		}
		if len(dg.Rows) > 0 {
			p.Groups = append(p.Groups, dg)
			p.Rows += len(dg.Rows)
		}
	}
	p.Summary = dataSummary(p.Groups, errs)
	return p
}

func (g *grid) row(grp domain.Group, c domain.Criterion, posted url.Values, errs fieldErrors) dataRow {
	rec := g.Current[c.ID]
	row := dataRow{
		ID: c.ID, Field: rowField(c.ID), Label: domain.CriterionKey(grp, c), Text: c.Text,
		TargetsText: domain.FormatTargets(c.Targets), Qualitative: c.Qualitative(), Files: dataFiles(g.Files[c.ID]), Status: c.Evaluate(rec),
	}
	// A period without data of its own (no record, or one that holds only a
	// note or evidence) shows what carries forward, by the rule of StatusAt.
	if row.Status == domain.NoData {
		if last := c.InForce(g.UpTo[c.ID], g.Sel.Period); last != nil {
			row.Carried = "Kỳ trước: " + periodShort(last.Period, g.Sel.Period) + " — " + c.Evaluate(last).Label()
		}
	}
	for i, t := range c.Targets {
		row.Targets = append(row.Targets, targetOf(row.Field, i, t, rec))
	}
	if rec != nil {
		row.Met, row.Note, row.Evidence = metValue(rec.Met), rec.Note, rec.Evidence
	}
	if posted != nil && postedRow(posted, c.ID) {
		row.keep(posted)
	}
	row.setErrors(errs)
	return row
}

func targetOf(field string, i int, t domain.Target, rec *domain.Progress) dataTarget {
	dt := dataTarget{
		Field: fmt.Sprintf("%s-t%d", field, i), Text: t.String(), Comparator: string(t.Comparator),
		Threshold: strconv.FormatFloat(t.Threshold, 'f', -1, 64), Upper: strconv.FormatFloat(t.Upper, 'f', -1, 64),
		Percent: t.Percent(), Unit: t.Unit,
	}
	if rec != nil && i < len(rec.Values) {
		m := rec.Values[i]
		dt.Value, dt.Num, dt.Den = numText(m.Value), numText(m.Numerator), numText(m.Denominator)
	}
	return dt
}

// keep puts back what the user typed in a refused save.
func (row *dataRow) keep(posted url.Values) {
	for i := range row.Targets {
		t := &row.Targets[i]
		t.Value, t.Num, t.Den = posted.Get(t.Field+"-value"), posted.Get(t.Field+"-num"), posted.Get(t.Field+"-den")
	}
	row.Met, row.Note, row.Evidence = posted.Get(row.Field+"-met"), posted.Get(row.Field+"-note"), posted.Get(row.Field+"-evidence")
}

func (row *dataRow) setErrors(errs fieldErrors) {
	for i := range row.Targets {
		t := &row.Targets[i]
		t.ValueError, t.NumError, t.DenError = errs[t.Field+"-value"], errs[t.Field+"-num"], errs[t.Field+"-den"]
	}
	row.MetError, row.NoteError = errs[row.Field+"-met"], errs[row.Field+"-note"]
	row.EvidError, row.FileError = errs[row.Field+"-evidence"], errs[row.Field+"-file"]
}

// dataSummary lists the errors in the order of the grid, for the top of the
// page.
func dataSummary(groups []dataGroup, errs fieldErrors) []dataError {
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
			for i, t := range row.Targets {
				at := where
				if len(row.Targets) > 1 {
					at = fmt.Sprintf("%s, chỉ tiêu %d", where, i+1)
				}
				add(t.Field+"-value", at, t.ValueError)
				add(t.Field+"-num", at, t.NumError)
				add(t.Field+"-den", at, t.DenError)
			}
			add(row.Field+"-met", where, row.MetError)
			add(row.Field+"-note", where, row.NoteError)
			add(row.Field+"-evidence", where, row.EvidError)
			add(row.Field+"-file", where, row.FileError)
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

func rowField(id int64) string { return "c" + strconv.FormatInt(id, 10) }

func postedRow(posted url.Values, id int64) bool {
	want := strconv.FormatInt(id, 10)
	for _, v := range posted["row"] {
		if v == want {
			return true
		}
	}
	return false
}

func numText(p *float64) string {
	if p == nil {
		return ""
	}
	return domain.FormatNumber(*p)
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
