package excel

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

func march() domain.Period { return domain.MonthPeriod(2026, 3) }

// criterion returns the criterion numeral.number of p.
func criterion(t *testing.T, p domain.Program, numeral string, number int) domain.Criterion {
	t.Helper()
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			if g.Numeral == numeral && c.Number == number {
				return c
			}
		}
	}
	t.Fatalf("no criterion %s.%d", numeral, number)
	return domain.Criterion{}
}

// blankProgress writes the progress workbook of p for March with no records.
func blankProgress(t *testing.T, p domain.Program) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteProgress(&buf, p, march(), nil, nil); err != nil {
		t.Fatalf("WriteProgress: %v", err)
	}
	return buf.Bytes()
}

// rowOf returns the row of the progress sheet holding target index (1-based;
// 0 for a qualitative criterion) of criterion numeral.number.
func rowOf(t *testing.T, f *excelize.File, numeral string, number, index int) int {
	t.Helper()
	rows, err := f.GetRows(sheetProgress)
	if err != nil {
		t.Fatal(err)
	}
	idx := ""
	if index > 0 {
		idx = strconv.Itoa(index)
	}
	for i, r := range rows {
		if len(r) > 4 && r[0] == numeral && r[1] == strconv.Itoa(number) && r[4] == idx {
			return i + 1
		}
	}
	t.Fatalf("no row for %s.%d index %d", numeral, number, index)
	return 0
}

// set writes values into columns of a row: set(f, row, "F", 45, "G", "x").
func set(t *testing.T, f *excelize.File, row int, colValues ...any) {
	t.Helper()
	for i := 0; i < len(colValues); i += 2 {
		cell := fmt.Sprintf("%s%d", colValues[i], row)
		if err := f.SetCellValue(sheetProgress, cell, colValues[i+1]); err != nil {
			t.Fatal(err)
		}
	}
}

// nextRow returns the first row below the table.
func nextRow(t *testing.T, f *excelize.File) int {
	t.Helper()
	rows, err := f.GetRows(sheetProgress)
	if err != nil {
		t.Fatal(err)
	}
	return len(rows) + 1
}

// statusesAt returns the status of each criterion of p at the end of
// period from records of any periods, as the report counts them.
func statusesAt(p domain.Program, records []domain.Progress, period domain.Period) map[int64]domain.Status {
	byCrit := map[int64][]domain.Progress{}
	for _, r := range records {
		byCrit[r.CriterionID] = append(byCrit[r.CriterionID], r)
	}
	return p.Statuses(byCrit, period)
}
