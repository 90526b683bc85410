package storage

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestWriteProgressOnlyAtTheExpectedVersion(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		c := criterion(t, p, "I", 2)
		ctx := t.Context()
		rec := func(met bool, version int64) *domain.Progress {
			return &domain.Progress{CriterionID: c.ID, Period: mar, Met: domain.Bool(met), RecordedBy: "Lê Văn Nam", RecordedAt: entryAt, Version: version}
		}
		write := func(r *domain.Progress, expected int64, exists bool) bool {
			t.Helper()
			ok, err := s.WriteProgress(ctx, r, expected, exists)
			must(t, err)
			return ok
		}
		if !write(rec(true, 1), 0, false) {
			t.Fatal("inserting a new record was refused")
		}
		if write(rec(false, 1), 0, false) {
			t.Error("a second insert of the same record was not refused")
		}
		if write(rec(false, 3), 2, true) {
			t.Error("an update against version 2 of a record at version 1 was not refused")
		}
		if !write(rec(false, 2), 1, true) {
			t.Fatal("an update against the record's version was refused")
		}
		got, err := s.ProgressRecord(ctx, c.ID, mar)
		must(t, err)
		if got.Version != 2 || *got.Met {
			t.Errorf("record = %+v, want version 2, not met", got)
		}
		if write(&domain.Progress{CriterionID: c.ID, Period: mar, Version: 2}, 1, true) {
			t.Error("clearing against an old version was not refused")
		}
		if !write(&domain.Progress{CriterionID: c.ID, Period: mar, Version: 3}, 2, true) {
			t.Error("clearing against the record's version was refused")
		}
		_, err = s.ProgressRecord(ctx, c.ID, mar)
		wantCode(t, err, domain.NotFound)
	})
}

func TestSaveProgressGoesPastTheVersionsOfTheHistory(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		c := criterion(t, p, "I", 2)
		ch := domain.ProgressChange{CriterionID: c.ID, Period: mar, ChangedAt: entryAt, Version: 4}
		_, err := s.ClaimProgressChange(t.Context(), &ch)
		must(t, err)
		records := []domain.Progress{{CriterionID: c.ID, Period: mar, Met: domain.Bool(true)}}
		must(t, s.SaveProgress(t.Context(), records))
		if records[0].Version != 5 {
			t.Errorf("a record loaded after version 4 was cleared has version %d, want 5", records[0].Version)
		}
		must(t, s.SaveProgress(t.Context(), records))
		if records[0].Version != 5 {
			t.Errorf("loaded again: version %d, want it kept (5)", records[0].Version)
		}
	})
}
