package excel

import (
	"fmt"
	"io"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// ReadProgress reads the progress workbook of program p for period. Rows map
// to the program's criteria by (Nhóm, STT); it returns one record, with
// CriterionID from p, for each criterion that has something entered, in
// program order. The "Tình trạng" column and the informational columns are
// ignored. On any mistake it returns a *domain.Error (Invalid) listing every
// problem with its cell and reason, and no records.
func ReadProgress(r io.Reader, p domain.Program, period domain.Period) ([]domain.Progress, error) {
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var probs problems
	d := newDrafts(p)
	if g, ok := openGrid(f, sheetProgress, maxProgressRows, &probs); ok {
		readProgressSheet(g, p, period, d, &probs)
	}
	if err := probs.err("Bảng tính số liệu " + period.Words()); err != nil {
		return nil, err
	}
	return d.records(p, period), nil
}

func readProgressSheet(g grid, p domain.Program, period domain.Period, d *drafts, probs *problems) {
	h, ok := findHeader(g, progressLayout(), probs)
	last := len(g.rows)
	if h.row > 0 {
		last = h.row - 1
	}
	checkProgressBlock(g, p, period, last, probs)
	if !ok {
		return
	}
	entryCols := []int{h.col(hValue), h.col(hNumerator), h.col(hDenominator), h.col(hMet), h.col(hEvidence), h.col(hNote)}
	n := 0
	for row := h.row + 1; row <= len(g.rows); row++ {
		if g.blank(row, entryCols...) {
			continue
		}
		if n++; n > maxProgressRows {
			tooManyRows(probs, g.name, row, maxProgressRows)
			return
		}
		rr := rowReader{g: g, h: h, row: row, probs: probs}
		if e, ok := rr.read(p, d); ok {
			d.add(rr, e)
		}
	}
}

// checkProgressBlock checks that the sheet is for program p and period.
func checkProgressBlock(g grid, p domain.Program, period domain.Period, last int, probs *problems) {
	block := readInfoBlock(g, []string{lProgram, lPeriod}, blockValueCol, last, false, probs)
	if v, ok := required(g, block, lProgram, probs); ok && domain.Fold(v.text) != domain.Fold(p.Number) {
		probs.add(g.name, v.col, v.row, "bảng tính này là của chương trình “%s”, không phải chương trình “%s” đang nhập", v.text, p.Number)
	}
	v, ok := required(g, block, lPeriod, probs)
	if !ok {
		return
	}
	got, err := domain.ParsePeriod(v.text)
	switch {
	case err != nil:
		probs.add(g.name, v.col, v.row, "kỳ báo cáo “%s” không đúng dạng (ví dụ: 2026-03, 2026-Q1, 2026-H1, 2026)", v.text)
	case got != period:
		probs.add(g.name, v.col, v.row, "bảng tính ghi kỳ %s (%s), không phải kỳ %s (%s) đang nhập",
			got, got.Words(), period, period.Words())
	}
}

// critKey names a criterion the way a sheet does: group numeral and STT.
type critKey struct {
	numeral string
	number  int
}

func (k critKey) String() string { return fmt.Sprintf("%s.%d", k.numeral, k.number) }

// draft is what the rows of one criterion entered.
type draft struct {
	values   []domain.Measurement
	met      *bool
	evidence []string
	note     []string
	rows     map[int]int     // target index → row that entered it
	refused  map[string]bool // the texts (domain.EnteredNote, EnteredEvidence) refused already
}

// record is what the rows entered, as the criterion's record keeps it: the
// evidence on one line, as the grid shows it, the notes one a line.
func (dr *draft) record() domain.Progress {
	return domain.Progress{Met: dr.met, Evidence: domain.EvidenceLine(dr.evidence...), Note: strings.Join(dr.note, "\n")}
}

// drafts gathers entries per criterion of a program.
type drafts struct {
	program  string
	criteria map[critKey]domain.Criterion
	byKey    map[critKey]*draft
}

func newDrafts(p domain.Program) *drafts {
	d := &drafts{program: p.Number, criteria: make(map[critKey]domain.Criterion), byKey: make(map[critKey]*draft)}
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			d.criteria[critKey{strings.ToUpper(g.Numeral), c.Number}] = c
		}
	}
	return d
}

// add files an entry under its criterion, refusing a second row for the
// same target.
func (d *drafts) add(rr rowReader, e entry) {
	dr := d.byKey[e.key]
	if dr == nil {
		dr = &draft{values: make([]domain.Measurement, len(e.crit.Targets)), rows: make(map[int]int), refused: map[string]bool{}}
		d.byKey[e.key] = dr
	}
	if prev, dup := dr.rows[e.index]; dup {
		rr.problem(hNumber, "tiêu chí %s (chỉ số %d) đã nhập ở dòng %d", e.key, e.index+1, prev)
		return
	}
	dr.rows[e.index] = rr.row
	if !e.crit.Qualitative() {
		dr.values[e.index] = e.m
	}
	if e.met != nil {
		dr.met = e.met
	}
	dr.evidence = appendDistinct(dr.evidence, e.evidence)
	dr.note = appendDistinct(dr.note, e.note)
	d.checkTexts(rr, dr)
}

// textColumns maps where Progress.CheckTexts puts a problem to the column.
var textColumns = map[string]string{domain.EnteredNote: hNote, domain.EnteredEvidence: hEvidence}

// checkTexts refuses, at the row that made it so, a criterion's note or
// evidence longer than the grid takes: the rule of the grid, once per
// criterion and text.
func (d *drafts) checkTexts(rr rowReader, dr *draft) {
	rec := dr.record()
	for _, p := range rec.CheckTexts() {
		if !dr.refused[p.Field] {
			dr.refused[p.Field] = true
			rr.problem(textColumns[p.Field], "%s", p.Message)
		}
	}
}

// records returns the records of the criteria with something entered, in
// program order.
func (d *drafts) records(p domain.Program, period domain.Period) []domain.Progress {
	var out []domain.Progress
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			dr := d.byKey[critKey{strings.ToUpper(g.Numeral), c.Number}]
			if dr == nil {
				continue
			}
			rec := dr.record()
			rec.CriterionID, rec.Period = c.ID, period
			if !c.Qualitative() {
				rec.Values = dr.values
			}
			out = append(out, rec)
		}
	}
	return out
}

func appendDistinct(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, have := range list {
		if have == s {
			return list
		}
	}
	return append(list, s)
}
