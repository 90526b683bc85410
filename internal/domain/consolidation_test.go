package domain

import (
	"encoding/json"
	"math"
	"slices"
	"testing"
)

// The fixture: five communes expected (1 … 5). Communes 1, 2 and 3 had
// their reports accepted, commune 4's was returned, commune 5 did not
// report; commune 9 (no longer expected) reported everything met.
var (
	expected = []int64{1, 2, 3, 4, 5}

	fiber     = FrameworkCriterion{Key: "A-01", Text: "Tỷ lệ hộ có cáp quang ≥ 80 %", Targets: []Target{{Comparator: AtLeast, Threshold: 80, Unit: "%"}}}
	online    = FrameworkCriterion{Key: "A-02", Text: "Tỷ lệ hồ sơ trực tuyến ≥ 70 %", Targets: []Target{{Comparator: AtLeast, Threshold: 70, Unit: "%"}}}
	ideas     = FrameworkCriterion{Key: "A-03", Text: "Số sáng kiến ≥ 3", Targets: []Target{{Comparator: AtLeast, Threshold: 3, Unit: "sáng kiến"}}}
	committee = FrameworkCriterion{Key: "A-04", Text: "Kiện toàn Ban chỉ đạo"}
	framework = []FrameworkCriterion{fiber, online, ideas, committee}
)

func share(num, den float64) []SnapshotTarget {
	return []SnapshotTarget{{Unit: "%", Numerator: Float(num), Denominator: Float(den)}}
}

func value(unit string, v float64) []SnapshotTarget {
	return []SnapshotTarget{{Unit: unit, Value: Float(v)}}
}

func crit(key string, s Status, targets []SnapshotTarget) SnapshotCriterion {
	return SnapshotCriterion{Key: key, Status: s, Targets: targets}
}

func fixtureFilings() []FiledVersion {
	filed := func(commune int64, status FilingStatus, cs ...SnapshotCriterion) FiledVersion {
		return FiledVersion{Filing: Filing{CommuneID: commune, Status: status}, Version: FilingVersion{Snapshot: Snapshot{Criteria: cs}}}
	}
	return []FiledVersion{
		filed(1, FilingAccepted,
			crit("A-01", Met, share(45, 50)), crit("A-02", Met, value("%", 90)), crit("A-03", Met, value("sáng kiến", 5)),
			crit("A-04", Met, nil),
			// The commune's own criteria never count: without a key, or
			// with a key outside the framework.
			SnapshotCriterion{Text: "Kiện toàn Ban chỉ đạo", Status: Met}, crit("Z-99", Met, value("sáng kiến", 100))),
		filed(2, FilingAccepted,
			crit("A-01", NotMet, share(30, 60)), crit("A-02", NotMet, value("%", 60)), crit("A-03", NotMet, value("sáng kiến", 2)),
			crit("A-04", NotMet, nil)),
		// Commune 3 measured nothing for A-02 and has not adopted A-04.
		filed(3, FilingAccepted,
			crit("A-01", Met, share(8, 10)), crit("A-02", NoData, []SnapshotTarget{{Unit: "%"}}), crit("A-03", Met, value("sáng kiến", 4))),
		filed(4, FilingReturned,
			crit("A-01", NotMet, share(1, 100)), crit("A-02", NotMet, value("%", 30)), crit("A-03", Met, value("sáng kiến", 10)),
			crit("A-04", Met, nil)),
		filed(9, FilingAccepted,
			crit("A-01", Met, share(100, 100)), crit("A-02", Met, value("%", 100)), crit("A-03", Met, value("sáng kiến", 50)),
			crit("A-04", Met, nil)),
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func figuresOf(t *testing.T, c Consolidation, key string) CriterionFigures {
	t.Helper()
	i := slices.IndexFunc(c.Criteria, func(f CriterionFigures) bool { return f.Key == key })
	if i < 0 {
		t.Fatalf("no figures of %s", key)
	}
	return c.Criteria[i]
}

type counts struct{ met, notMet, noData, notReported, reported int }

func wantCounts(t *testing.T, f CriterionFigures, want counts) {
	t.Helper()
	got := counts{f.Met, f.NotMet, f.NoData, f.NotReported, f.Reported}
	if got != want || f.Communes != 5 {
		t.Errorf("%s: counts %+v of %d communes, want %+v of 5", f.Key, got, f.Communes, want)
	}
}

func TestConsolidationOfAcceptedReports(t *testing.T) {
	t.Parallel()
	c := Consolidate(framework, expected, BasisAccepted.Choose(fixtureFilings()))
	if c.Communes != 5 || c.Reported != 3 || !slices.Equal(c.NotReported, []int64{4, 5}) {
		t.Errorf("communes %d, reported %d, not reported %v; want 5, 3, [4 5] (4 was returned)", c.Communes, c.Reported, c.NotReported)
	}
	if len(c.Criteria) != 4 {
		t.Fatalf("%d criteria, want the framework's four", len(c.Criteria))
	}

	f := figuresOf(t, c, "A-01") // 45/50, 30/60, 8/10
	wantCounts(t, f, counts{met: 2, notMet: 1, notReported: 2, reported: 3})
	if w := f.Words(); w != "đạt ở 2/3 xã, phường đã báo cáo (2/5 xã, phường)" {
		t.Errorf("words %q", w)
	}
	p := f.Targets[0]
	// Weighted by denominator: 83/120 = 69,17 %, not the plain mean 73,33 %.
	if !p.Percent || !p.Weighted || p.HasSum || p.Measured != 3 || !near(p.Mean, 100*83.0/120) ||
		p.Numerator != 83 || p.Denominator != 120 || p.Median != 80 || p.Min != 50 || p.Max != 90 {
		t.Errorf("A-01 figures %+v, want weighted mean 83/120, median 80, min 50, max 90", p)
	}

	f = figuresOf(t, c, "A-02") // 90 %, 60 %, nothing measured
	wantCounts(t, f, counts{met: 1, notMet: 1, noData: 1, notReported: 2, reported: 3})
	p = f.Targets[0]
	if p.Weighted || p.HasSum || p.Sum != 0 || p.Measured != 2 || p.Mean != 75 || p.Median != 75 || p.Min != 60 || p.Max != 90 {
		t.Errorf("A-02 figures %+v, want the plain mean of 90 and 60, no sum", p)
	}

	f = figuresOf(t, c, "A-03") // 5, 2, 4 initiatives
	wantCounts(t, f, counts{met: 2, notMet: 1, notReported: 2, reported: 3})
	p = f.Targets[0]
	if p.Percent || !p.HasSum || p.Weighted || p.Sum != 11 || !near(p.Mean, 11.0/3) || p.Median != 4 || p.Min != 2 || p.Max != 5 {
		t.Errorf("A-03 figures %+v, want sum 11, mean 11/3, median 4, min 2, max 5", p)
	}

	f = figuresOf(t, c, "A-04") // yes, no, not adopted; the unkeyed copy of commune 1 not counted
	wantCounts(t, f, counts{met: 1, notMet: 1, noData: 1, notReported: 2, reported: 3})
	if len(f.Targets) != 0 {
		t.Errorf("A yes/no criterion has target figures %+v", f.Targets)
	}
}

func TestConsolidationOfLatestReportsCountsAReturnedOne(t *testing.T) {
	t.Parallel()
	c := Consolidate(framework, expected, BasisLatest.Choose(fixtureFilings()))
	if c.Reported != 4 || !slices.Equal(c.NotReported, []int64{5}) {
		t.Errorf("reported %d, not reported %v; want 4, [5]", c.Reported, c.NotReported)
	}
	f := figuresOf(t, c, "A-01") // 45/50, 30/60, 8/10, 1/100
	wantCounts(t, f, counts{met: 2, notMet: 2, notReported: 1, reported: 4})
	if p := f.Targets[0]; !p.Weighted || !near(p.Mean, 100*84.0/220) || p.Median != 65 || p.Min != 1 {
		t.Errorf("A-01 figures %+v, want 84/220, median (50+80)/2, min 1", p)
	}
	if w := f.Words(); w != "đạt ở 2/4 xã, phường đã báo cáo (2/5 xã, phường)" {
		t.Errorf("words %q", w)
	}
	f = figuresOf(t, c, "A-03") // 5, 2, 4, 10: an even count's median is the mean of the middle two
	if p := f.Targets[0]; p.Sum != 21 || p.Mean != 5.25 || p.Median != 4.5 || p.Max != 10 {
		t.Errorf("A-03 figures %+v, want sum 21, mean 5,25, median 4,5, max 10", p)
	}
	wantCounts(t, figuresOf(t, c, "A-04"), counts{met: 2, notMet: 1, noData: 1, notReported: 1, reported: 4})
}

func TestAPercentageWithSomeDenominatorsIsAPlainMean(t *testing.T) {
	t.Parallel()
	chosen := map[int64]Snapshot{
		1: {Criteria: []SnapshotCriterion{crit("A-01", Met, share(9, 10))}},
		2: {Criteria: []SnapshotCriterion{crit("A-01", NotMet, value("%", 40))}},
		// Another unit than the framework's: not a value of this target.
		3: {Criteria: []SnapshotCriterion{crit("A-01", NotMet, value("hộ", 7))}},
	}
	c := Consolidate([]FrameworkCriterion{fiber}, []int64{1, 2, 3}, chosen)
	if p := c.Criteria[0].Targets[0]; p.Weighted || p.Measured != 2 || p.Mean != 65 || p.Numerator != 0 || p.Denominator != 0 {
		t.Errorf("figures %+v, want the plain mean of 90 and 40 over two communes", p)
	}
}

func TestNoCommuneReportedGivesNoFigures(t *testing.T) {
	t.Parallel()
	c := Consolidate(framework, expected, nil)
	f := figuresOf(t, c, "A-03")
	wantCounts(t, f, counts{notReported: 5})
	if p := f.Targets[0]; p.Measured != 0 || p.Sum != 0 || p.Mean != 0 {
		t.Errorf("figures with nothing measured: %+v", p)
	}
	if w := f.Words(); w != "đạt ở 0/0 xã, phường đã báo cáo (0/5 xã, phường)" {
		t.Errorf("words %q", w)
	}
}

func TestFrameworkOfSnapshotsIsTheUnionOfKeysByKey(t *testing.T) {
	t.Parallel()
	got := FrameworkOf([]Snapshot{
		{Criteria: []SnapshotCriterion{{Key: "B-02", Text: "Hai"}, {Text: "Riêng của xã"}, {Key: "A-01", Text: "Một", Targets: share(1, 2)}}},
		{Criteria: []SnapshotCriterion{{Key: "A-01", Text: "Một (sửa)"}, {Key: "A-10", Text: "Mười"}}},
	})
	var keys []string
	for _, c := range got {
		keys = append(keys, c.Key+" "+c.Text)
	}
	if !slices.Equal(keys, []string{"A-01 Một", "A-10 Mười", "B-02 Hai"}) {
		t.Errorf("framework %v", keys)
	}
	if len(got[0].Targets) != 1 || !got[0].Targets[0].Percent() {
		t.Errorf("A-01 targets %+v, want one percentage", got[0].Targets)
	}
}

func TestASnapshotWithoutKeysOrNumbersStillReads(t *testing.T) {
	t.Parallel()
	var old Snapshot
	if err := json.Unmarshal([]byte(`{"Criteria":[{"Label":"I.1","Text":"5G","Status":"met","Values":"96 %"}],"Met":1,"Total":1}`), &old); err != nil {
		t.Fatal(err)
	}
	if c := old.Criteria[0]; c.Key != "" || c.Targets != nil || c.Values != "96 %" || c.Status != Met {
		t.Errorf("old snapshot read as %+v", c)
	}
	now := Snapshot{Criteria: []SnapshotCriterion{{Label: "I.1", Key: "A-01", Status: Met, Targets: share(45, 50)}}}
	body, err := json.Marshal(now)
	if err != nil {
		t.Fatal(err)
	}
	var back Snapshot
	if err := json.Unmarshal(body, &back); err != nil {
		t.Fatal(err)
	}
	tg := back.Criteria[0].Targets[0]
	if back.Criteria[0].Key != "A-01" || tg.Unit != "%" || *tg.Numerator != 45 || *tg.Denominator != 50 || tg.Value != nil {
		t.Errorf("snapshot read back as %+v", back.Criteria[0])
	}
}
