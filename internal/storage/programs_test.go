package storage

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestProgramRoundTrip(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		assertIDsSet(t, p)
		if c := criterion(t, p, "II", 1); c.Position != 3 {
			t.Errorf("criterion II.1 has position %d, want 3 (across groups)", c.Position)
		}

		got, err := s.Program(t.Context(), p.ID)
		must(t, err)
		if !reflect.DeepEqual(got, p) {
			t.Errorf("Program read back differs:\n got %+v\nwant %+v", got, p)
		}
		byNumber, err := s.ProgramByNumber(t.Context(), org.ID, "02-CTr/BCĐ")
		must(t, err)
		if !reflect.DeepEqual(byNumber, p) {
			t.Errorf("ProgramByNumber read back differs:\n got %+v\nwant %+v", byNumber, p)
		}
	})
}

func assertIDsSet(t *testing.T, p domain.Program) {
	t.Helper()
	if p.ID == 0 {
		t.Error("program ID not set")
	}
	for _, g := range p.Groups {
		if g.ID == 0 {
			t.Errorf("group %s ID not set", g.Numeral)
		}
		for _, c := range g.Criteria {
			if c.ID == 0 {
				t.Errorf("criterion %s.%d ID not set", g.Numeral, c.Number)
			}
		}
	}
}

func TestSavingAProgramTwiceKeepsOneCopyAndItsIDs(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		first := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &first))
		second := demoProgram(org, units) // same content, no IDs
		second.Title = "Chương trình công tác năm 2026 (sửa đổi)"
		must(t, s.SaveProgram(t.Context(), &second))

		second.Title, second.Version = first.Title, first.Version // the only difference, and the header's version it made
		if !reflect.DeepEqual(second, first) {
			t.Errorf("second save gave other IDs:\n got %+v\nwant %+v", second, first)
		}
		list, err := s.Programs(t.Context(), org.ID)
		must(t, err)
		if len(list) != 1 {
			t.Fatalf("Programs lists %d programs, want 1", len(list))
		}
		if list[0].Title != "Chương trình công tác năm 2026 (sửa đổi)" {
			t.Errorf("title = %q, want the updated one", list[0].Title)
		}
		if got := countRows(t, s, "criteria"); got != 4 {
			t.Errorf("criteria table has %d rows, want 4", got)
		}
	})
}

func TestSaveProgramDeletesWhatIsGone(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		p.Groups = p.Groups[:1]                            // drop group II
		p.Groups[0].Criteria = p.Groups[0].Criteria[1:]    // drop I.1
		p.Groups[0].Criteria[0].Text = "Ban hành kế hoạch" // edit I.2
		must(t, s.SaveProgram(t.Context(), &p))

		got, err := s.Program(t.Context(), p.ID)
		must(t, err)
		if !reflect.DeepEqual(got, p) {
			t.Errorf("after deleting, read back differs:\n got %+v\nwant %+v", got, p)
		}
		if c := got.Groups[0].Criteria[0]; c.Position != 1 {
			t.Errorf("remaining criterion has position %d, want 1", c.Position)
		}
		for table, want := range map[string]int{"program_groups": 1, "criteria": 1, "criterion_targets": 0, "criterion_role_units": 0} {
			if n := countRows(t, s, table); n != want {
				t.Errorf("%s has %d rows, want %d", table, n, want)
			}
		}
	})
}

func TestSaveProgramRefusesToDeleteACriterionWithProgress(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		before, err := s.Program(t.Context(), p.ID)
		must(t, err)
		recorded := criterion(t, p, "II", 2)
		must(t, s.SaveProgress(t.Context(), []domain.Progress{{CriterionID: recorded.ID,
			Period: domain.MonthPeriod(2026, time.March), Values: []domain.Measurement{{Value: domain.Float(85)}}}}))

		changed := demoProgram(org, units)
		changed.Title = "Đổi tiêu đề"
		changed.Groups[1].Criteria = changed.Groups[1].Criteria[:1] // drop II.2, which has data
		err = s.SaveProgram(t.Context(), &changed)
		wantCode(t, err, domain.Conflict)
		if !strings.Contains(err.Error(), "tiêu chí II.2 đã có số liệu, không thể xóa") {
			t.Errorf("message %q does not name the criterion", err)
		}
		after, err := s.Program(t.Context(), p.ID)
		must(t, err)
		if !reflect.DeepEqual(after, before) {
			t.Errorf("a refused save changed the program:\n got %+v\nwant %+v", after, before)
		}
	})
}

func TestProgramsNewestFirstAndProgramForYear(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		save := func(number string, date time.Time, year int) domain.Program {
			p := demoProgram(org, units)
			p.Number, p.Date, p.Year = number, date, year
			must(t, s.SaveProgram(t.Context(), &p))
			return p
		}
		save("01-CTr/BCĐ", domain.Date(2025, time.March, 1), 2025)
		save("03-CTr/BCĐ", time.Time{}, 2026) // no date yet: listed last
		newest := save("02-CTr/BCĐ", domain.Date(2026, time.February, 4), 2026)
		save("01-CTr/BCĐ-2026", domain.Date(2026, time.January, 10), 2026)

		list, err := s.Programs(t.Context(), org.ID)
		must(t, err)
		var numbers []string
		for _, p := range list {
			numbers = append(numbers, p.Number)
			if p.Groups != nil {
				t.Errorf("Programs returned groups for %s", p.Number)
			}
		}
		want := []string{"02-CTr/BCĐ", "01-CTr/BCĐ-2026", "01-CTr/BCĐ", "03-CTr/BCĐ"}
		if !reflect.DeepEqual(numbers, want) {
			t.Errorf("Programs order = %q, want %q", numbers, want)
		}

		got, err := s.ProgramForYear(t.Context(), org.ID, 2026)
		must(t, err)
		if !reflect.DeepEqual(got, newest) {
			t.Errorf("ProgramForYear(2026) = %s, want %s in full", got.Number, newest.Number)
		}
		_, err = s.ProgramForYear(t.Context(), org.ID, 2030)
		wantCode(t, err, domain.NotFound)
	})
}

func TestProgramNotFound(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		_, err := s.Program(t.Context(), 999)
		wantCode(t, err, domain.NotFound)
		_, err = s.ProgramByNumber(t.Context(), org.ID, "99-CTr/BCĐ")
		wantCode(t, err, domain.NotFound)
	})
}

func TestSaveProgramRejectsBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(p *domain.Program)
		field  string
	}{
		{"no number", func(p *domain.Program) { p.Number = "" }, "number"},
		{"no org", func(p *domain.Program) { p.OrgID = 0 }, "org"},
		{"unknown org", func(p *domain.Program) { p.OrgID = 999 }, "org"},
		{"year out of range", func(p *domain.Program) { p.Year = 26 }, "year"},
		{"repeated numeral", func(p *domain.Program) { p.Groups[1].Numeral = "I" }, "nhóm 2"},
		{"empty numeral", func(p *domain.Program) { p.Groups[0].Numeral = "" }, "nhóm 1"},
		{"repeated number", func(p *domain.Program) { p.Groups[0].Criteria[1].Number = 1 }, "tiêu chí I.1"},
		{"unknown comparator", func(p *domain.Program) { p.Groups[0].Criteria[0].Targets[0].Comparator = "~" }, "tiêu chí I.1"},
		{"unit of nobody", func(p *domain.Program) { p.Groups[0].Criteria[0].Roles.Lead.UnitIDs = []int64{999} }, "units"},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				p := demoProgram(org, units)
				tt.change(&p)
				wantProblem(t, s.SaveProgram(t.Context(), &p), tt.field)
			})
		}
		if n := countRows(t, s, "programs"); n != 0 {
			t.Errorf("rejected programs left %d rows", n)
		}
	})
}

// countRows counts the rows of a table, for checking what a save left behind.
func countRows(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	must(t, s.db.QueryRowContext(t.Context(), `SELECT COUNT(*) FROM `+table).Scan(&n))
	return n
}
