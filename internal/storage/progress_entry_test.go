package storage

import (
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

var entryAt = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

func entry(p domain.Program, records ...domain.Progress) ProgressEntry {
	return ProgressEntry{OrgID: p.OrgID, ProgramID: p.ID, Period: mar, Records: records, By: "Lê Văn Nam", At: entryAt}
}

func TestSaveProgressEntrySavesOnlyChangedRecordsWithHistory(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		fiveG, plan := criterion(t, p, "I", 1), criterion(t, p, "I", 2)
		earlier := time.Date(2026, 3, 20, 2, 0, 0, 0, time.UTC)
		must(t, s.SaveProgress(t.Context(), []domain.Progress{
			{CriterionID: plan.ID, Period: mar, Met: domain.Bool(true), RecordedBy: "Trần Thị Hoa", RecordedAt: earlier},
		}))
		res, err := s.SaveProgressEntry(t.Context(), entry(p,
			domain.Progress{CriterionID: fiveG.ID, Values: []domain.Measurement{{Numerator: domain.Float(96), Denominator: domain.Float(100)}}, Note: "đo tháng 3"},
			domain.Progress{CriterionID: plan.ID, Met: domain.Bool(true)}, // unchanged
		))
		must(t, err)
		if len(res.Changes) != 1 || res.Criteria() != 1 {
			t.Fatalf("changes = %+v, want one (I.1)", res.Changes)
		}
		got, err := s.ProgressFor(t.Context(), p.ID, mar)
		must(t, err)
		if len(got) != 2 || got[0].RecordedBy != "Lê Văn Nam" || !got[0].RecordedAt.Equal(entryAt) {
			t.Errorf("I.1 record = %+v, want recorded by the saver at the save time", got)
		}
		if got[1].RecordedBy != "Trần Thị Hoa" || !got[1].RecordedAt.Equal(earlier) {
			t.Errorf("the unchanged I.2 record lost who and when: %+v", got[1])
		}
		history, err := s.ProgressHistory(t.Context(), p.OrgID, fiveG.ID)
		must(t, err)
		if len(history) != 1 || history[0].Before != nil || history[0].After == nil || history[0].ChangedBy != "Lê Văn Nam" {
			t.Fatalf("history of I.1 = %+v", history)
		}
		want := []domain.Measurement{{Numerator: domain.Float(96), Denominator: domain.Float(100)}}
		if !reflect.DeepEqual(history[0].After.Values, want) || history[0].After.Note != "đo tháng 3" || history[0].Period != mar {
			t.Errorf("history after = %+v", history[0].After)
		}
		if h, _ := s.ProgressHistory(t.Context(), p.OrgID, plan.ID); len(h) != 0 {
			t.Errorf("an unchanged record got history: %+v", h)
		}
	})
}

func TestSaveProgressEntryClearsAnEmptiedRecord(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		plan := criterion(t, p, "I", 2)
		must(t, s.SaveProgress(t.Context(), []domain.Progress{{CriterionID: plan.ID, Period: feb, Met: domain.Bool(true)}}))
		_, err := s.SaveProgressEntry(t.Context(), entry(p, domain.Progress{CriterionID: plan.ID, Met: domain.Bool(false)}))
		must(t, err)
		_, err = s.SaveProgressEntry(t.Context(), entry(p, domain.Progress{CriterionID: plan.ID}))
		must(t, err)
		if got, _ := s.ProgressFor(t.Context(), p.ID, mar); len(got) != 0 {
			t.Errorf("an emptied row left a record: %+v", got)
		}
		up, err := s.ProgressUpTo(t.Context(), p.ID, mar)
		must(t, err)
		if st := plan.Evaluate(domain.Latest(up[plan.ID], mar)); st != domain.Met {
			t.Errorf("after clearing March, February's status should carry forward; got %s", st)
		}
		history, err := s.ProgressHistory(t.Context(), p.OrgID, plan.ID)
		must(t, err)
		if len(history) != 2 || history[0].After != nil || history[0].Before == nil || *history[0].Before.Met {
			t.Errorf("history newest first, the clearing last: %+v", history)
		}
	})
}

func TestSaveProgressEntryRefusesAndWritesNothing(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		good := domain.Progress{CriterionID: criterion(t, p, "I", 2).ID, Met: domain.Bool(true)}
		other := domain.Org{Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, s.SaveOrg(t.Context(), &other))

		e := entry(p, good, domain.Progress{CriterionID: 999999, Met: domain.Bool(true)})
		_, err := s.SaveProgressEntry(t.Context(), e)
		wantCode(t, err, domain.NotFound)

		e = entry(p, good)
		e.OrgID = other.ID
		_, err = s.SaveProgressEntry(t.Context(), e)
		wantCode(t, err, domain.NotFound)

		e = entry(p, good)
		e.Files = []EvidenceFile{{CriterionID: 999999, Name: "a.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4")}}
		_, err = s.SaveProgressEntry(t.Context(), e)
		wantCode(t, err, domain.NotFound)

		e = entry(p, good, domain.Progress{CriterionID: criterion(t, p, "I", 1).ID,
			Values: []domain.Measurement{{Value: domain.Float(1)}, {Value: domain.Float(2)}}})
		_, err = s.SaveProgressEntry(t.Context(), e)
		wantProblem(t, err, "bản ghi 2 (tiêu chí số "+strconv.FormatInt(criterion(t, p, "I", 1).ID, 10)+", kỳ 2026-03)")

		e = entry(p, good)
		e.Files = []EvidenceFile{{CriterionID: good.CriterionID, Name: "a.pdf", ContentType: "application/pdf"}}
		_, err = s.SaveProgressEntry(t.Context(), e)
		wantCode(t, err, domain.Invalid)

		must(t, s.LockPeriod(t.Context(), domain.PeriodLock{OrgID: p.OrgID, Period: mar, LockedAt: entryAt}))
		_, err = s.SaveProgressEntry(t.Context(), entry(p, good))
		wantCode(t, err, domain.Conflict)

		for _, table := range []string{"progress", "progress_history", "evidence_files"} {
			if n := countRows(t, s, table); n != 0 {
				t.Errorf("refused saves wrote %d rows to %s", n, table)
			}
		}
	})
}
