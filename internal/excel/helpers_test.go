package excel

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// demoTSV is the demo program (a copy of shared/docs/demo-criteria.tsv).
const demoTSV = "../demo/criteria.tsv"

// demoProgram builds program 02-CTr/BCĐ from the demo TSV, with IDs set.
func demoProgram(t *testing.T) domain.Program {
	t.Helper()
	data, err := os.ReadFile(demoTSV)
	if err != nil {
		t.Fatalf("read demo criteria: %v", err)
	}
	p := domain.Program{
		ID: 7, OrgID: 3, Number: "02-CTr/BCĐ", Date: domain.Date(2026, 2, 4),
		IssuingBody: "Ban chỉ đạo chuyển đổi số xã Xuân Hưng",
		Title:       "Chương trình công tác năm 2026", Year: 2026,
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for i, line := range lines[1:] {
		f := strings.Split(line, "\t")
		targets, err := domain.ParseTargets(f[4])
		if err != nil {
			t.Fatalf("line %d: %v", i+2, err)
		}
		number, _ := strconv.Atoi(f[2])
		if len(p.Groups) == 0 || p.Groups[len(p.Groups)-1].Numeral != f[0] {
			p.Groups = append(p.Groups, domain.Group{ID: int64(100 + len(p.Groups)), Numeral: f[0], Name: f[1], Position: len(p.Groups) + 1})
		}
		g := &p.Groups[len(p.Groups)-1]
		g.Criteria = append(g.Criteria, domain.Criterion{
			ID: int64(i + 1), Number: number, Text: f[3], Targets: targets, Position: i + 1,
			Roles: domain.Roles{
				Monitoring:   domain.Role{Text: f[5]},
				Lead:         domain.Role{Text: f[6]},
				Coordinating: domain.Role{Text: f[7]},
			},
		})
	}
	return p
}

// withoutIDs returns p with every ID cleared, for comparing what a workbook
// cannot carry.
func withoutIDs(p domain.Program) domain.Program {
	p.ID, p.OrgID = 0, 0
	groups := make([]domain.Group, len(p.Groups))
	for i, g := range p.Groups {
		g.ID = 0
		g.Criteria = append([]domain.Criterion(nil), g.Criteria...)
		for j := range g.Criteria {
			g.Criteria[j].ID = 0
		}
		groups[i] = g
	}
	p.Groups = groups
	return p
}

// problemsOf returns the problems of an Invalid domain error, failing the test
// for any other error.
func problemsOf(t *testing.T, err error) []domain.Problem {
	t.Helper()
	var de *domain.Error
	if !errors.As(err, &de) {
		t.Fatalf("error %v (%T) is not a *domain.Error", err, err)
	}
	if de.Code != domain.Invalid {
		t.Fatalf("error code = %q, want %q", de.Code, domain.Invalid)
	}
	return de.Problems
}

// want is one problem a test expects: its cell and words of its reason.
type want struct {
	field, reason string
}

// checkProblems fails unless got holds exactly the wanted problems, in any
// order: each at its cell with the reason among its words.
func checkProblems(t *testing.T, got []domain.Problem, wants []want) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range wants {
		found := false
		for i, p := range got {
			if !used[i] && p.Field == w.field && strings.Contains(p.Message, w.reason) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing problem %s: …%s…", w.field, w.reason)
		}
	}
	for i, p := range got {
		if !used[i] {
			t.Errorf("unexpected problem %s", p)
		}
	}
}

// sheet is the content of one sheet of a test workbook, row by row.
type sheet struct {
	name string
	rows [][]any
}

// workbook builds an xlsx from sheets.
func workbook(t testing.TB, sheets ...sheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// edit opens a workbook, lets fn change it and returns the new bytes.
func edit(t *testing.T, data []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fn(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
