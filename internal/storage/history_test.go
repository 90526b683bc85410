package storage

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestProgramOfCriterionIsScopedToTheOrganisation(t *testing.T) {
	t.Parallel()
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

func TestProgressChangeKeepsBeforeAfterAndVersion(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		c := criterion(t, p, "II", 1)
		before := &domain.Progress{Values: []domain.Measurement{{Value: domain.Float(90)}, {}}, Note: "cũ"}
		after := &domain.Progress{Values: []domain.Measurement{{Numerator: domain.Float(42), Denominator: domain.Float(42)}, {Value: domain.Float(70.5)}}, Evidence: "BC số 3"}
		ch := domain.ProgressChange{CriterionID: c.ID, Period: mar, ChangedAt: entryAt, ChangedBy: "Lê Văn Nam", Before: before, After: after, Version: 2}
		claimed, err := s.ClaimProgressChange(t.Context(), &ch)
		must(t, err)
		if !claimed {
			t.Fatal("the first claim of version 2 was refused")
		}
		list, err := s.ProgressHistory(t.Context(), p.OrgID, c.ID)
		must(t, err)
		if len(list) != 1 || list[0].ID != ch.ID || !list[0].ChangedAt.Equal(entryAt) || list[0].Version != 2 {
			t.Fatalf("history = %+v", list)
		}
		got := list[0]
		if *got.Before.Values[0].Value != 90 || got.Before.Values[1].Value != nil || got.Before.Note != "cũ" {
			t.Errorf("before = %+v", got.Before)
		}
		if *got.After.Values[0].Numerator != 42 || *got.After.Values[1].Value != 70.5 || got.After.Evidence != "BC số 3" || got.After.CriterionID != c.ID {
			t.Errorf("after = %+v", got.After)
		}
		last, err := s.LastProgressChange(t.Context(), c.ID, mar)
		must(t, err)
		if last.ID != ch.ID {
			t.Errorf("last change = %+v", last)
		}
		_, err = s.LastProgressChange(t.Context(), c.ID, feb)
		wantCode(t, err, domain.NotFound)

		again := ch
		again.ChangedBy = "Trần Thị Hoa"
		claimed, err = s.ClaimProgressChange(t.Context(), &again)
		must(t, err)
		if claimed {
			t.Error("version 2 was claimed twice")
		}
		versions, err := s.ClearedVersions(t.Context(), p.ID, mar)
		must(t, err)
		if versions[c.ID] != 2 || len(versions) != 1 {
			t.Errorf("versions = %v", versions)
		}
		must(t, s.UnclaimProgressChange(t.Context(), ch.ID))
		if n := countRows(t, s, "progress_history"); n != 0 {
			t.Errorf("%d history rows after undoing the claim", n)
		}
	})
}
