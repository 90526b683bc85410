package storage

import (
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestCriterionRefNamesProgramAndOrganisation(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		c := criterion(t, p, "II", 2)
		ref, err := s.CriterionRef(t.Context(), c.ID)
		must(t, err)
		want := domain.CriterionRef{ID: c.ID, GroupID: p.Groups[1].ID, ProgramID: p.ID, OrgID: org.ID, Label: "II.2"}
		if ref != want {
			t.Errorf("ref %+v, want %+v", ref, want)
		}
		_, err = s.CriterionRef(t.Context(), c.ID+1000)
		wantCode(t, err, domain.NotFound)

		counts, err := s.CriteriaCounts(t.Context(), org.ID)
		must(t, err)
		if counts[p.ID] != 4 || len(counts) != 1 {
			t.Errorf("counts %v, want %d: 4", counts, p.ID)
		}
	})
}

// textsOf returns "numeral.number text" of every criterion, in position order.
func textsOf(t *testing.T, s *Store, id int64) []string {
	t.Helper()
	p, err := s.Program(t.Context(), id)
	must(t, err)
	var out []string
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			out = append(out, domain.CriterionKey(g, c)+" "+c.Text)
		}
	}
	return out
}

func TestMovingACriterionKeepsItsIDAndRenumbersTheGroup(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		second := criterion(t, p, "I", 2)
		moved, err := s.MoveCriterion(t.Context(), second.ID, -1)
		must(t, err)
		if !moved {
			t.Fatal("I.2 did not move up")
		}
		got := strings.Join(textsOf(t, s, p.ID), " | ")
		want := "I.1 Ban hành kế hoạch chuyển đổi số | I.2 Tỷ lệ phủ sóng 5G trên dân số ≥ 95% | II.1 100% giáo viên và ≥ 65% học sinh có kỹ năng số cơ bản | II.2 Số người được tập huấn từ 80 đến 90"
		if got != want {
			t.Errorf("after moving up:\n got %s\nwant %s", got, want)
		}
		after, err := s.Program(t.Context(), p.ID)
		must(t, err)
		if c := after.Groups[0].Criteria[0]; c.ID != second.ID || c.Position != 1 {
			t.Errorf("moved criterion has id %d position %d, want id %d position 1", c.ID, c.Position, second.ID)
		}
		if moved, err := s.MoveCriterion(t.Context(), second.ID, -1); err != nil || moved {
			t.Errorf("the first criterion moved up again: %v %v", moved, err)
		}
	})
}

func TestMovingACriterionToAnotherGroupPutsItLast(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		first := criterion(t, p, "I", 1)
		must(t, s.MoveCriterionToGroup(t.Context(), first.ID, p.Groups[1].ID))
		got := strings.Join(textsOf(t, s, p.ID), " | ")
		want := "I.1 Ban hành kế hoạch chuyển đổi số | II.1 100% giáo viên và ≥ 65% học sinh có kỹ năng số cơ bản | II.2 Số người được tập huấn từ 80 đến 90 | II.3 Tỷ lệ phủ sóng 5G trên dân số ≥ 95%"
		if got != want {
			t.Errorf("after moving to II:\n got %s\nwant %s", got, want)
		}
		ref, err := s.CriterionRef(t.Context(), first.ID)
		must(t, err)
		if ref.Label != "II.3" {
			t.Errorf("moved criterion is %s, want II.3", ref.Label)
		}
	})
}

func TestDeletingACriterionRenumbersAndRefusesOneWithData(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(t.Context(), &p))
		first, recorded := criterion(t, p, "II", 1), criterion(t, p, "II", 2)
		must(t, s.SaveProgress(t.Context(), []domain.Progress{{CriterionID: recorded.ID,
			Period: domain.MonthPeriod(2026, time.March), Values: []domain.Measurement{{Value: domain.Float(85)}}}}))

		err := s.DeleteCriterion(t.Context(), recorded.ID)
		wantCode(t, err, domain.Conflict)
		if !strings.Contains(err.Error(), "tiêu chí II.2 đã có số liệu, không thể xóa") {
			t.Errorf("message %q does not name the criterion", err)
		}
		must(t, s.DeleteCriterion(t.Context(), first.ID))
		got := strings.Join(textsOf(t, s, p.ID), " | ")
		want := "I.1 Tỷ lệ phủ sóng 5G trên dân số ≥ 95% | I.2 Ban hành kế hoạch chuyển đổi số | II.1 Số người được tập huấn từ 80 đến 90"
		if got != want {
			t.Errorf("after deleting II.1:\n got %s\nwant %s", got, want)
		}
		records, err := s.ProgressFor(t.Context(), p.ID, domain.MonthPeriod(2026, time.March))
		must(t, err)
		if len(records) != 1 || records[0].CriterionID != recorded.ID {
			t.Errorf("progress did not stay with its criterion: %+v", records)
		}
	})
}
