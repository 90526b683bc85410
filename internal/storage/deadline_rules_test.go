package storage

import (
	"reflect"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestDeadlineRulesReplaceAndReadBackInReportOrder(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		other, _ := otherCommune(t, s)
		none, err := s.DeadlineRules(t.Context(), org.ID)
		must(t, err)
		if len(none) != 0 {
			t.Errorf("new org has rules %+v", none)
		}
		must(t, s.SaveDeadlineRules(t.Context(), other.ID, []domain.DeadlineRule{
			{Kind: domain.KindFeedback, Stage: domain.StageAnswer, Days: 7, Working: true}}))
		must(t, s.SaveDeadlineRules(t.Context(), org.ID, []domain.DeadlineRule{
			{Kind: domain.KindInitiative, Stage: domain.StageAnswer, Days: 45, Working: true},
			{Kind: domain.KindFeedback, Stage: domain.StageAnswer, Days: 10, Working: false},
			{Kind: domain.KindFeedback, Stage: domain.StageAccept, Days: 2, Working: true},
		}))
		must(t, s.SaveDeadlineRules(t.Context(), org.ID, []domain.DeadlineRule{
			{Kind: domain.KindProductOrder, Stage: domain.StageAnswer, Days: 60, Working: false},
			{Kind: domain.KindFeedback, Stage: domain.StageAnswer, Days: 12, Working: true},
			{Kind: domain.KindFeedback, Stage: domain.StageAccept, Days: 1, Working: true},
		}))
		got, err := s.DeadlineRules(t.Context(), org.ID)
		must(t, err)
		want := []domain.DeadlineRule{
			{OrgID: org.ID, Kind: domain.KindFeedback, Stage: domain.StageAccept, Days: 1, Working: true},
			{OrgID: org.ID, Kind: domain.KindFeedback, Stage: domain.StageAnswer, Days: 12, Working: true},
			{OrgID: org.ID, Kind: domain.KindProductOrder, Stage: domain.StageAnswer, Days: 60, Working: false},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("rules = %+v\nwant %+v", got, want)
		}
		theirs, err := s.DeadlineRules(t.Context(), other.ID)
		must(t, err)
		if len(theirs) != 1 || theirs[0].Days != 7 {
			t.Errorf("another org's rules changed: %+v", theirs)
		}
	})
}

func TestSaveDeadlineRulesRefusesBadRulesAndKeepsTheOld(t *testing.T) {
	t.Parallel()
	good := domain.DeadlineRule{Kind: domain.KindFeedback, Stage: domain.StageAnswer, Days: 15, Working: true}
	tests := []struct {
		name  string
		rule  domain.DeadlineRule
		field string
	}{
		{"unknown kind", domain.DeadlineRule{Kind: "khieu_nai", Stage: domain.StageAnswer, Days: 10}, "kind"},
		{"unknown stage", domain.DeadlineRule{Kind: domain.KindSolution, Stage: "publish", Days: 10}, "stage"},
		{"no days", domain.DeadlineRule{Kind: domain.KindSolution, Stage: domain.StageAnswer, Days: 0}, "days"},
		{"more than a year", domain.DeadlineRule{Kind: domain.KindSolution, Stage: domain.StageAnswer, Days: 366}, "days"},
		{"the same kind and stage twice", good, "kind"},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		must(t, s.SaveDeadlineRules(t.Context(), org.ID, []domain.DeadlineRule{good}))
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				bad := []domain.DeadlineRule{good, {Kind: domain.KindInitiative, Stage: domain.StageAccept, Days: 5}, tt.rule}
				wantProblem(t, s.SaveDeadlineRules(t.Context(), org.ID, bad), tt.field)
				got, err := s.DeadlineRules(t.Context(), org.ID)
				must(t, err)
				if len(got) != 1 || got[0].Days != 15 {
					t.Errorf("refused save changed the rules: %+v", got)
				}
			})
		}
		wantProblem(t, s.SaveDeadlineRules(t.Context(), 999, []domain.DeadlineRule{good}), "org")
	})
}
