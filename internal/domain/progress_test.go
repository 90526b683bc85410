package domain_test

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func value(v float64) domain.Measurement { return domain.Measurement{Value: domain.Float(v)} }

func fraction(n, d float64) domain.Measurement {
	return domain.Measurement{Numerator: domain.Float(n), Denominator: domain.Float(d)}
}

func TestCriterionEvaluate(t *testing.T) {
	qualitative := domain.Criterion{Text: "Ban hành kế hoạch chuyển đổi số năm 2026"}
	coverage := domain.Criterion{Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 95, Unit: "%"}}}
	teachers := domain.Criterion{Targets: []domain.Target{{Comparator: domain.Equal, Threshold: 100, Unit: "%"}}}
	schools := domain.Criterion{Targets: []domain.Target{
		{Comparator: domain.Equal, Threshold: 100, Unit: "%", Label: "giáo viên"},
		{Comparator: domain.AtLeast, Threshold: 65, Unit: "%", Label: "học sinh"},
	}}
	tests := []struct {
		name      string
		criterion domain.Criterion
		progress  *domain.Progress
		want      domain.Status
	}{
		{"no record is no data", coverage, nil, domain.NoData},
		{"no record of a qualitative criterion is no data", qualitative, nil, domain.NoData},
		{"qualitative marked met", qualitative, &domain.Progress{Met: domain.Bool(true), Evidence: "QĐ 12/QĐ-UBND"}, domain.Met},
		{"qualitative marked not met", qualitative, &domain.Progress{Met: domain.Bool(false)}, domain.NotMet},
		{"qualitative not yet judged", qualitative, &domain.Progress{Note: "đang soạn"}, domain.NoData},
		{"qualitative ignores stray values", qualitative, &domain.Progress{Values: []domain.Measurement{value(100)}}, domain.NoData},
		{"single target met", coverage, &domain.Progress{Values: []domain.Measurement{value(96)}}, domain.Met},
		{"single target not met", coverage, &domain.Progress{Values: []domain.Measurement{value(94)}}, domain.NotMet},
		{"measured criterion ignores a person's mark", coverage, &domain.Progress{Values: []domain.Measurement{value(90)}, Met: domain.Bool(true)}, domain.NotMet},
		{"every target met", schools, &domain.Progress{Values: []domain.Measurement{value(100), value(70)}}, domain.Met},
		{"one of two targets not met", schools, &domain.Progress{Values: []domain.Measurement{value(100), value(60)}}, domain.NotMet},
		{"first of two targets not met", schools, &domain.Progress{Values: []domain.Measurement{value(98), value(70)}}, domain.NotMet},
		{"second target unmeasured", schools, &domain.Progress{Values: []domain.Measurement{value(100), {}}}, domain.NotMet},
		{"second target missing from the values", schools, &domain.Progress{Values: []domain.Measurement{value(100)}}, domain.NotMet},
		{"first target unmeasured", schools, &domain.Progress{Values: []domain.Measurement{{}, value(70)}}, domain.NotMet},
		{"no target measured", schools, &domain.Progress{Values: []domain.Measurement{{}, {}}}, domain.NoData},
		{"no values at all", schools, &domain.Progress{Note: "chưa tổng hợp"}, domain.NoData},
		{"42 of 42 is 100 %", teachers, &domain.Progress{Values: []domain.Measurement{fraction(42, 42)}}, domain.Met},
		{"41 of 42 is not 100 %", teachers, &domain.Progress{Values: []domain.Measurement{fraction(41, 42)}}, domain.NotMet},
		{"19 of 20 is exactly 95 %", coverage, &domain.Progress{Values: []domain.Measurement{fraction(19, 20)}}, domain.Met},
		{"zero denominator is ignored", teachers, &domain.Progress{Values: []domain.Measurement{fraction(0, 0)}}, domain.NoData},
		{"zero denominator falls back to the value", teachers, &domain.Progress{Values: []domain.Measurement{{Value: domain.Float(100), Numerator: domain.Float(5), Denominator: domain.Float(0)}}}, domain.Met},
		{"fraction wins over the value", teachers, &domain.Progress{Values: []domain.Measurement{{Value: domain.Float(100), Numerator: domain.Float(41), Denominator: domain.Float(42)}}}, domain.NotMet},
		{"numerator without denominator is unmeasured", teachers, &domain.Progress{Values: []domain.Measurement{{Numerator: domain.Float(42)}}}, domain.NoData},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.criterion.Evaluate(tt.progress); got != tt.want {
				t.Errorf("Evaluate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMeasurementAmount(t *testing.T) {
	tests := []struct {
		name   string
		m      domain.Measurement
		want   float64
		wantOK bool
	}{
		{"value", value(30), 30, true},
		{"fraction as a percentage", fraction(1, 4), 25, true},
		{"zero denominator", fraction(3, 0), 0, false},
		{"negative denominator", fraction(3, -4), 0, false},
		{"nothing", domain.Measurement{}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.m.Amount()
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Amount() = %v, %v; want %v, %v", got, ok, tt.want, tt.wantOK)
			}
			if tt.m.Empty() == tt.wantOK {
				t.Errorf("Empty() = %v, want %v", tt.m.Empty(), !tt.wantOK)
			}
		})
	}
}

func TestStatusLabel(t *testing.T) {
	tests := map[domain.Status]string{
		domain.Met:    "Đạt",
		domain.NotMet: "Chưa đạt",
		domain.NoData: "Chưa có số liệu",
	}
	for s, want := range tests {
		if got := s.Label(); got != want {
			t.Errorf("%q.Label() = %q, want %q", s, got, want)
		}
	}
}

func TestLatest(t *testing.T) {
	period := func(s string) domain.Period {
		p, err := domain.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	at := func(day int) time.Time { return time.Date(2026, 4, day, 9, 0, 0, 0, time.UTC) }
	rec := func(id int64, p string, recorded time.Time) domain.Progress {
		return domain.Progress{ID: id, Period: period(p), RecordedAt: recorded}
	}
	tests := []struct {
		name    string
		records []domain.Progress
		asked   string
		wantID  int64 // 0 for none
	}{
		{"no records", nil, "2026-03", 0},
		{"a February record carries into March", []domain.Progress{rec(1, "2026-02", at(1))}, "2026-03", 1},
		{"a December record carries into the next year", []domain.Progress{rec(1, "2025-12", at(1))}, "2026-01", 1},
		{"the record of the period itself", []domain.Progress{rec(1, "2026-03", at(1))}, "2026-03", 1},
		{"a newer period wins", []domain.Progress{rec(1, "2026-02", at(5)), rec(2, "2026-03", at(1)), rec(3, "2026-01", at(9))}, "2026-03", 2},
		{"a later period than asked is ignored", []domain.Progress{rec(1, "2026-02", at(1)), rec(2, "2026-04", at(2))}, "2026-03", 1},
		{"only later periods give nothing", []domain.Progress{rec(1, "2026-04", at(1))}, "2026-03", 0},
		{"same period: latest recorded wins", []domain.Progress{rec(1, "2026-03", at(2)), rec(2, "2026-03", at(7)), rec(3, "2026-03", at(4))}, "2026-03", 2},
		{"same period: order of the records does not matter", []domain.Progress{rec(2, "2026-03", at(7)), rec(1, "2026-03", at(2))}, "2026-03", 2},
		{"a quarter record counts for the months after it", []domain.Progress{rec(1, "2026-Q1", at(1))}, "2026-05", 1},
		{"a quarter record does not count inside the quarter", []domain.Progress{rec(1, "2026-Q1", at(1))}, "2026-02", 0},
		{"a quarter record and its last month: latest recorded wins", []domain.Progress{rec(1, "2026-03", at(1)), rec(2, "2026-Q1", at(3))}, "2026-04", 2},
		{"a month after a quarter wins over it", []domain.Progress{rec(1, "2026-Q1", at(9)), rec(2, "2026-04", at(1))}, "2026-05", 2},
		{"asking for a quarter takes its last month", []domain.Progress{rec(1, "2026-02", at(1)), rec(2, "2026-03", at(1)), rec(3, "2026-04", at(1))}, "2026-Q1", 2},
		{"asking for a year takes everything up to December", []domain.Progress{rec(1, "2026-03", at(1)), rec(2, "2026-11", at(1)), rec(3, "2027-01", at(1))}, "2026", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := domain.Latest(tt.records, period(tt.asked))
			switch {
			case tt.wantID == 0 && got != nil:
				t.Errorf("Latest = record %d (%s), want none", got.ID, got.Period)
			case tt.wantID != 0 && got == nil:
				t.Errorf("Latest = none, want record %d", tt.wantID)
			case got != nil && got.ID != tt.wantID:
				t.Errorf("Latest = record %d (%s), want record %d", got.ID, got.Period, tt.wantID)
			}
		})
	}
}

func TestLatestPointsIntoTheRecords(t *testing.T) {
	records := []domain.Progress{{Period: domain.MonthPeriod(2026, time.February), Note: "cũ"}}
	got := domain.Latest(records, domain.MonthPeriod(2026, time.March))
	if got != &records[0] {
		t.Fatalf("Latest should return a pointer into the slice, got %p want %p", got, &records[0])
	}
}

func TestCarriedForwardStatus(t *testing.T) {
	c := domain.Criterion{Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 95, Unit: "%"}}}
	records := []domain.Progress{
		{Period: domain.MonthPeriod(2026, time.February), Values: []domain.Measurement{value(96)}},
		{Period: domain.MonthPeriod(2026, time.April), Values: []domain.Measurement{value(90)}},
	}
	tests := []struct {
		month time.Month
		want  domain.Status
	}{
		{time.January, domain.NoData},
		{time.February, domain.Met},
		{time.March, domain.Met},
		{time.April, domain.NotMet},
		{time.May, domain.NotMet},
	}
	for _, tt := range tests {
		t.Run(tt.month.String(), func(t *testing.T) {
			got := c.Evaluate(domain.Latest(records, domain.MonthPeriod(2026, tt.month)))
			if got != tt.want {
				t.Errorf("status in %s = %q, want %q", tt.month, got, tt.want)
			}
		})
	}
}

// A record with only a note says nothing about the target: the status before
// it carries on (DOMAIN.md: "unless a later value says otherwise").
func TestStatusCarriesOverARecordWithoutValues(t *testing.T) {
	c := domain.Criterion{ID: 1, Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 90, Unit: "%"}}}
	records := []domain.Progress{
		{CriterionID: 1, Period: domain.MonthPeriod(2026, 2), Values: []domain.Measurement{{Value: domain.Float(95)}}},
		{CriterionID: 1, Period: domain.MonthPeriod(2026, 3), Note: "đang rà soát lại số liệu"},
	}
	if got := c.StatusAt(records, domain.MonthPeriod(2026, 3)); got != domain.Met {
		t.Errorf("status in March = %s, want met carried from February", got)
	}
	records = append(records, domain.Progress{CriterionID: 1, Period: domain.MonthPeriod(2026, 4), Values: []domain.Measurement{{Value: domain.Float(80)}}})
	if got := c.StatusAt(records, domain.MonthPeriod(2026, 4)); got != domain.NotMet {
		t.Errorf("status in April = %s, want not met: a newer value says otherwise", got)
	}
	if got := c.InForce(records, domain.MonthPeriod(2026, 3)); got == nil || got.Period != domain.MonthPeriod(2026, 2) {
		t.Errorf("record in force in March = %+v, want February's", got)
	}
}

// One rule says when a saved or imported record changes nothing: the grid's
// save and the command line's import both use it.
func TestSameEntry(t *testing.T) {
	v := func(x float64) domain.Measurement { return domain.Measurement{Value: domain.Float(x)} }
	stored := &domain.Progress{Values: []domain.Measurement{v(95)}, Note: "đã rà soát"}
	tests := []struct {
		name string
		old  *domain.Progress
		r    domain.Progress
		want bool
	}{
		{"same value and note", stored, domain.Progress{Values: []domain.Measurement{v(95), {}}, Note: "đã rà soát"}, true},
		{"another value", stored, domain.Progress{Values: []domain.Measurement{v(96)}, Note: "đã rà soát"}, false},
		{"another note", stored, domain.Progress{Values: []domain.Measurement{v(95)}}, false},
		{"a judgement added", stored, domain.Progress{Values: []domain.Measurement{v(95)}, Note: "đã rà soát", Met: domain.Bool(true)}, false},
		{"no record and a blank row", nil, domain.Progress{Values: []domain.Measurement{{}}}, true},
		{"no record and a value", nil, domain.Progress{Values: []domain.Measurement{v(1)}}, false},
	}
	for _, tt := range tests {
		if got := tt.old.SameEntry(tt.r); got != tt.want {
			t.Errorf("%s: SameEntry = %v, want %v", tt.name, got, tt.want)
		}
	}
}
