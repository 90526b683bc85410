package storage

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestProgramOfCriterionIsScopedToTheOrganisation(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		c := criterion(t, p, "II", 1)
		got, err := s.ProgramOfCriterion(t.Context(), p.OrgID, c.ID)
		must(t, err)
		if got.ID != p.ID || got.CriteriaCount() != 4 {
			t.Errorf("program of II.1 = %d with %d criteria", got.ID, got.CriteriaCount())
		}
		_, err = s.ProgramOfCriterion(t.Context(), p.OrgID+1000, c.ID)
		wantCode(t, err, domain.NotFound)
		_, err = s.ProgressHistory(t.Context(), p.OrgID+1000, c.ID)
		wantCode(t, err, domain.NotFound)
	})
}

func TestProgressChangeKeepsBeforeAndAfter(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		c := criterion(t, p, "II", 1)
		before := &domain.Progress{Values: []domain.Measurement{{Value: domain.Float(90)}, {}}, Note: "cũ"}
		after := &domain.Progress{Values: []domain.Measurement{{Numerator: domain.Float(42), Denominator: domain.Float(42)}, {Value: domain.Float(70.5)}}, Evidence: "BC số 3"}
		ch := ProgressChange{CriterionID: c.ID, Period: mar, ChangedAt: entryAt, ChangedBy: "Lê Văn Nam", Before: before, After: after}
		must(t, s.AddProgressChange(t.Context(), &ch))
		list, err := s.ProgressHistory(t.Context(), p.OrgID, c.ID)
		must(t, err)
		if len(list) != 1 || list[0].ID != ch.ID || !list[0].ChangedAt.Equal(entryAt) {
			t.Fatalf("history = %+v", list)
		}
		got := list[0]
		if *got.Before.Values[0].Value != 90 || got.Before.Values[1].Value != nil || got.Before.Note != "cũ" {
			t.Errorf("before = %+v", got.Before)
		}
		if *got.After.Values[0].Numerator != 42 || *got.After.Values[1].Value != 70.5 || got.After.Evidence != "BC số 3" || got.After.CriterionID != c.ID {
			t.Errorf("after = %+v", got.After)
		}
	})
}
