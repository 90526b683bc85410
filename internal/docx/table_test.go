package docx

import (
	"math"
	"strconv"
	"testing"

	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/report/reporttest"
)

func TestCriteriaTable(t *testing.T) {
	m := reporttest.Seed()
	var tbl *node
	for _, c := range body(t, render(t, m)).children {
		if c.name == "tbl" && len(c.first("tblGrid").children) == 5 {
			tbl = c
		}
	}
	if tbl == nil {
		t.Fatal("no five-column table in the body")
	}
	rows := tbl.all("tr")
	model := &report.Table{Columns: reporttest.Columns(), Rows: reporttest.SeedRows()}
	if len(rows) != 1+len(model.Rows) {
		t.Fatalf("table has %d rows, want a header row and %d", len(rows), len(model.Rows))
	}
	t.Run("the header row repeats on every page", func(t *testing.T) {
		if rows[0].first("tblHeader") == nil {
			t.Error("header row lacks w:tblHeader")
		}
		for i, r := range rows[1:] {
			if r.first("tblHeader") != nil {
				t.Errorf("row %d is marked as a header row", i+1)
			}
		}
	})
	t.Run("rows do not split across pages", func(t *testing.T) {
		for i, r := range rows {
			if r.first("cantSplit") == nil {
				t.Errorf("row %d lacks w:cantSplit", i)
			}
		}
	})
	t.Run("header and group rows are bold", func(t *testing.T) {
		for i, r := range rows {
			wantBold := i == 0 || model.Rows[i-1].Group
			for _, p := range r.all("p") {
				if got := isBold(p); paraText(p) != "" && got != wantBold {
					t.Errorf("row %d %q: bold %v, want %v", i, paraText(p), got, wantBold)
				}
			}
		}
	})
	t.Run("the first column is centred", func(t *testing.T) {
		for i, r := range rows[1:] {
			jc := r.first("tc").first("jc")
			if jc == nil || jc.attrs["val"] != "center" {
				t.Errorf("row %d: first cell not centred", i+1)
			}
		}
	})
	t.Run("columns follow the width shares", func(t *testing.T) {
		l := m.Layout
		total := mmTwips(l.PageWidth - l.MarginLeft - l.MarginRight)
		for i, col := range tbl.first("tblGrid").children {
			got, _ := strconv.Atoi(col.attrs["w"])
			want := model.Columns[i].Width * float64(total)
			if math.Abs(float64(got)-want) > 1 {
				t.Errorf("column %d is %d twips, want %.0f", i, got, want)
			}
		}
	})
}

// isBold says whether the paragraph's runs, or its table-heading style, are bold.
func isBold(p *node) bool {
	if s := p.first("pStyle"); s != nil && s.attrs["val"] == styleTableHeading {
		return true
	}
	for _, r := range p.all("r") {
		if b := r.first("b"); b == nil || b.attrs["val"] == "0" {
			return false
		}
	}
	return true
}
