package excel

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// entry is what one row of the progress table entered for one target (or for
// a qualitative criterion).
type entry struct {
	key      critKey
	crit     domain.Criterion
	index    int // 0-based target index; 0 for a qualitative criterion
	m        domain.Measurement
	met      *bool
	evidence string
	note     string
}

// rowReader reads and checks one row of the progress table.
type rowReader struct {
	g     grid
	h     header
	row   int
	probs *problems
}

func (rr rowReader) text(col string) string { return rr.g.text(rr.h.col(col), rr.row) }

func (rr rowReader) problem(col string, format string, args ...any) {
	rr.probs.add(rr.g.name, max(rr.h.col(col), 1), rr.row, format, args...)
}

// read checks the row, reporting every problem; ok is false when the row
// cannot be filed under a target of the program.
func (rr rowReader) read(p domain.Program, d *drafts) (entry, bool) {
	e := entry{evidence: rr.text(hEvidence), note: rr.text(hNote)}
	e.m = rr.measurement()
	e.met = rr.met()
	key, crit, found := rr.criterion(d)
	if !found {
		return e, false
	}
	e.key, e.crit = key, crit
	index, ok := rr.index(key, crit)
	if !ok {
		return e, false
	}
	e.index = index
	return e, rr.fits(key, crit, index, e)
}

// criterion finds the row's criterion by group numeral and STT.
func (rr rowReader) criterion(d *drafts) (critKey, domain.Criterion, bool) {
	numeral, stt := strings.ToUpper(rr.text(hGroup)), rr.text(hNumber)
	if numeral == "" {
		rr.problem(hGroup, "chưa ghi Nhóm của tiêu chí")
	}
	if stt == "" {
		rr.problem(hNumber, "chưa ghi STT của tiêu chí")
		return critKey{}, domain.Criterion{}, false
	}
	n, err := integer(stt)
	if err != nil || n < 1 {
		rr.problem(hNumber, "STT “%s” phải là số nguyên dương", stt)
		return critKey{}, domain.Criterion{}, false
	}
	if numeral == "" {
		return critKey{}, domain.Criterion{}, false
	}
	key := critKey{numeral, n}
	c, ok := d.criteria[key]
	if !ok {
		rr.problem(hNumber, "chương trình %s không có tiêu chí %s (nhóm %s, STT %d)", d.program, key, numeral, n)
	}
	return key, c, ok
}

// index reads the 0-based target index of the row.
func (rr rowReader) index(key critKey, c domain.Criterion) (int, bool) {
	s := rr.text(hIndex)
	n := len(c.Targets)
	switch {
	case s == "" && n <= 1:
		return 0, true
	case s == "":
		rr.problem(hIndex, "tiêu chí %s có %d chỉ số: ghi Chỉ số từ 1 đến %d", key, n, n)
		return 0, false
	}
	i, err := integer(s)
	switch {
	case err != nil:
		rr.problem(hIndex, "Chỉ số “%s” phải là số nguyên", s)
		return 0, false
	case n == 0 && i != 1:
		rr.problem(hIndex, "tiêu chí %s là tiêu chí định tính, không có chỉ số %d", key, i)
		return 0, false
	case n > 0 && (i < 1 || i > n):
		rr.problem(hIndex, "tiêu chí %s chỉ có %d chỉ số, không có chỉ số %d", key, n, i)
		return 0, false
	}
	return max(i-1, 0), true
}
