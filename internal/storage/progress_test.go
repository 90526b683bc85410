package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// savedProgram stores the demo program and returns it with its IDs.
func savedProgram(t *testing.T, s *Store) domain.Program {
	t.Helper()
	org, units := commune(t, s)
	p := demoProgram(org, units)
	must(t, s.SaveProgram(t.Context(), &p))
	return p
}

var (
	feb = domain.MonthPeriod(2026, time.February)
	mar = domain.MonthPeriod(2026, time.March)
	apr = domain.MonthPeriod(2026, time.April)
	q1  = domain.Period{Kind: domain.Quarter, Year: 2026, N: 1}
)

func TestProgressRoundTrip(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		records := []domain.Progress{
			{CriterionID: criterion(t, p, "II", 1).ID, Period: mar,
				Values: []domain.Measurement{
					{Numerator: domain.Float(40), Denominator: domain.Float(40)},
					{Value: domain.Float(62.5)},
				},
				Evidence: "Báo cáo số 15-BC/ĐU", Note: "Số liệu của trường THCS Xuân Vinh",
				RecordedBy: "Bùi Thị Hồng Chiên", RecordedAt: time.Date(2026, 3, 31, 9, 30, 15, 123456000, time.UTC)},
			{CriterionID: criterion(t, p, "I", 2).ID, Period: mar, Met: domain.Bool(false)},
			{CriterionID: criterion(t, p, "I", 1).ID, Period: mar, Values: []domain.Measurement{{}}},
		}
		must(t, s.SaveProgress(t.Context(), records))
		for i, r := range records {
			if r.ID == 0 {
				t.Errorf("record %d: ID not set", i)
			}
		}
		got, err := s.ProgressFor(t.Context(), p.ID, mar)
		must(t, err)
		want := []domain.Progress{records[2], records[1], records[0]} // in criterion order
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ProgressFor read back differs:\n got %+v\nwant %+v", got, want)
		}
	})
}

func TestSaveProgressReplacesTheRecordOfThePeriod(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		id := criterion(t, p, "II", 1).ID
		first := []domain.Progress{{CriterionID: id, Period: mar, Note: "lần đầu",
			Values: []domain.Measurement{{Value: domain.Float(90)}, {Value: domain.Float(50)}}}}
		must(t, s.SaveProgress(t.Context(), first))
		second := []domain.Progress{{CriterionID: id, Period: mar, Met: domain.Bool(true),
			Values: []domain.Measurement{{Value: domain.Float(100)}}}}
		must(t, s.SaveProgress(t.Context(), second))

		if second[0].ID != first[0].ID {
			t.Errorf("second save of the same period got id %d, want %d", second[0].ID, first[0].ID)
		}
		got, err := s.ProgressFor(t.Context(), p.ID, mar)
		must(t, err)
		if !reflect.DeepEqual(got, second) {
			t.Errorf("after replacing:\n got %+v\nwant %+v", got, second)
		}
	})
}

func TestProgressUpToCarriesEarlierPeriodsForward(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		plan := criterion(t, p, "I", 2)     // qualitative
		trained := criterion(t, p, "II", 2) // 80 to 90 people
		must(t, s.SaveProgress(t.Context(), []domain.Progress{
			{CriterionID: plan.ID, Period: feb, Met: domain.Bool(true)},
			{CriterionID: trained.ID, Period: feb, Values: []domain.Measurement{{Value: domain.Float(70)}}},
			{CriterionID: trained.ID, Period: q1, Values: []domain.Measurement{{Value: domain.Float(85)}}},
			{CriterionID: trained.ID, Period: apr, Values: []domain.Measurement{{Value: domain.Float(95)}}},
		}))

		byCriterion, err := s.ProgressUpTo(t.Context(), p.ID, mar)
		must(t, err)
		if n := len(byCriterion[trained.ID]); n != 2 {
			t.Errorf("II.2 has %d records up to March, want 2 (February and Q1, not April)", n)
		}
		if got := plan.Evaluate(domain.Latest(byCriterion[plan.ID], mar)); got != domain.Met {
			t.Errorf("I.2 met in February is %s in March, want met", got)
		}
		latest := domain.Latest(byCriterion[trained.ID], mar)
		if latest == nil || latest.Period != q1 || trained.Evaluate(latest) != domain.Met {
			t.Errorf("II.2 in March: latest = %+v, want the Q1 record, met", latest)
		}
		if _, ok := byCriterion[criterion(t, p, "I", 1).ID]; ok {
			t.Error("I.1 has no records but appears in the map")
		}
	})
}

func TestSaveProgressRejectsBadRecordsAndWritesNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		bad  func(p domain.Program) domain.Progress
	}{
		{"unknown criterion", func(domain.Program) domain.Progress {
			return domain.Progress{CriterionID: 999, Period: mar}
		}},
		{"more values than targets", func(p domain.Program) domain.Progress {
			return domain.Progress{CriterionID: p.Groups[0].Criteria[0].ID, Period: mar,
				Values: []domain.Measurement{{Value: domain.Float(1)}, {Value: domain.Float(2)}}}
		}},
		{"values for a qualitative criterion", func(p domain.Program) domain.Progress {
			return domain.Progress{CriterionID: p.Groups[0].Criteria[1].ID, Period: mar,
				Values: []domain.Measurement{{Value: domain.Float(1)}}}
		}},
		{"no period", func(p domain.Program) domain.Progress {
			return domain.Progress{CriterionID: p.Groups[0].Criteria[1].ID}
		}},
		{"month 13", func(p domain.Program) domain.Progress {
			return domain.Progress{CriterionID: p.Groups[0].Criteria[1].ID,
				Period: domain.Period{Kind: domain.Month, Year: 2026, N: 13}}
		}},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		p := savedProgram(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				good := domain.Progress{CriterionID: p.Groups[1].Criteria[1].ID, Period: mar,
					Values: []domain.Measurement{{Value: domain.Float(85)}}}
				err := s.SaveProgress(t.Context(), []domain.Progress{good, tt.bad(p)})
				wantCode(t, err, domain.Invalid)
				if n := countRows(t, s, "progress"); n != 0 {
					t.Errorf("a rejected batch wrote %d records", n)
				}
			})
		}
	})
}
