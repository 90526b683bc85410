package filings_test

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
)

// addCommune adds an active commune to the demo province.
func (w *world) addCommune(t *testing.T, code, name string) domain.Org {
	t.Helper()
	o := domain.Org{ParentID: w.province.ID, Code: code, OfficialCode: code, Name: name, Level: domain.LevelCommune, Type: domain.TypeXa}
	if err := w.Store.SaveOrg(context.Background(), &o); err != nil {
		t.Fatal(err)
	}
	return o
}

// file stores a commune's March filing in a status, with one version
// saying the criteria.
func (w *world) file(t *testing.T, commune domain.Org, status domain.FilingStatus, criteria ...domain.SnapshotCriterion) {
	t.Helper()
	ctx := context.Background()
	at := vietnamTime(3, 24, 9)
	ir := domain.IssuedReport{OrgID: commune.ID, Kind: domain.ReportKindNQ57Monthly, Period: march, Number: "12",
		DocDate: domain.Date(2026, 3, 24), IssuedAt: at, IssuedBy: "lanhdao", DOCX: []byte("docx"), PDF: []byte("pdf"),
		Style: domain.PartyDocument, Symbol: "BC/ĐU"}
	if err := w.Store.SaveIssuedReport(ctx, &ir); err != nil {
		t.Fatal(err)
	}
	f := domain.Filing{CommuneID: commune.ID, ProvinceID: w.province.ID, Kind: domain.ReportKindNQ57Monthly, Period: march,
		RequestID: 1, Due: domain.Date(2026, 3, 25), Status: status, FirstSubmittedAt: at, ChangedBy: "lanhdao"}
	v := domain.FilingVersion{SubmittedAt: at, SubmittedBy: "lanhdao", IssuedReportID: ir.ID, Number: "12-BC/ĐU",
		Snapshot: domain.Snapshot{Criteria: criteria}}
	if err := w.Store.AddFiling(ctx, &f, v); err != nil {
		t.Fatal(err)
	}
}

func share(key string, s domain.Status, num, den float64) domain.SnapshotCriterion {
	return domain.SnapshotCriterion{Key: key, Text: "Tỷ lệ hộ có cáp quang", Status: s,
		Targets: []domain.SnapshotTarget{{Unit: "%", Numerator: domain.Float(num), Denominator: domain.Float(den)}}}
}

func count(key string, s domain.Status, v float64) domain.SnapshotCriterion {
	return domain.SnapshotCriterion{Key: key, Text: "Số sáng kiến", Status: s, Targets: []domain.SnapshotTarget{{Unit: "sáng kiến", Value: domain.Float(v)}}}
}

func yesNo(key string, s domain.Status) domain.SnapshotCriterion {
	return domain.SnapshotCriterion{Key: key, Text: "Kiện toàn Ban chỉ đạo", Status: s}
}

// testKeys are the figures of the test's own keys ("T-…"), in order: the
// demo's program may carry keys of its own.
func testKeys(c []domain.CriterionFigures) []domain.CriterionFigures {
	return slices.DeleteFunc(slices.Clone(c), func(f domain.CriterionFigures) bool { return !strings.HasPrefix(f.Key, "T-") })
}

func TestTheProvinceConsolidatesItsCommunesReportsOfAPeriod(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		w.Clock.Advance(vietnamTime(3, 24, 10).Sub(w.Clock.Now()))
		w.issue(t, "12") // Xuân Hưng: submitted, not reviewed; none of the test's keys
		anKhang, binhMinh := w.addCommune(t, "an-khang", "An Khang"), w.addCommune(t, "binh-minh", "Bình Minh")
		catThanh := w.addCommune(t, "cat-thanh", "Cát Thành")
		w.addCommune(t, "dong-hai", "Đông Hải") // does not report
		gone := w.addCommune(t, "gia-lac", "Gia Lạc")
		w.file(t, anKhang, domain.FilingAccepted, share("T-01", domain.Met, 45, 50), count("T-02", domain.Met, 5), yesNo("T-03", domain.Met),
			yesNo("", domain.Met)) // a criterion of the commune's own
		w.file(t, binhMinh, domain.FilingAccepted, share("T-01", domain.NotMet, 30, 60), count("T-02", domain.NotMet, 2), yesNo("T-03", domain.NotMet))
		w.file(t, catThanh, domain.FilingReturned, share("T-01", domain.NotMet, 1, 100), count("T-02", domain.Met, 10), yesNo("T-03", domain.Met))
		w.file(t, gone, domain.FilingAccepted, share("T-01", domain.Met, 100, 100), count("T-02", domain.Met, 50), yesNo("T-03", domain.Met))
		if _, err := w.Store.DeactivateOrg(ctx, gone.ID, w.Clock.Now(), "tinh-quantri"); err != nil {
			t.Fatal(err)
		}
		viewer := w.inProvince("tinh-xem")

		got, err := w.filings.Consolidation(ctx, viewer, march, domain.BasisAccepted)
		if err != nil {
			t.Fatal(err)
		}
		// Accepted: An Khang and Bình Minh; Cát Thành's was returned, Xuân
		// Hưng's waits, Đông Hải sent none, Gia Lạc is no longer a commune.
		if got.Communes != 5 || got.Reported != 2 || len(got.NotReported) != 3 || len(got.Used) != 2 || got.Used[anKhang.ID].Version.N != 1 {
			t.Errorf("accepted: %d communes, %d reported, %d not, used %v", got.Communes, got.Reported, len(got.NotReported), got.Used)
		}
		keys := testKeys(got.Criteria)
		if len(keys) != 3 || keys[0].Key != "T-01" || keys[1].Key != "T-02" || keys[2].Key != "T-03" {
			t.Fatalf("framework from the snapshots: %+v, want T-01, T-02, T-03", keys)
		}
		if w := keys[0].Words(); w != "đạt ở 1/2 xã, phường đã báo cáo (1/5 xã, phường)" {
			t.Errorf("T-01: %q", w)
		}
		if p := keys[0].Targets[0]; !p.Weighted || math.Abs(p.Mean-100*75.0/110) > 1e-9 {
			t.Errorf("T-01 figures %+v, want 75/110", p)
		}
		if p := keys[1].Targets[0]; p.Sum != 7 || p.Max != 5 {
			t.Errorf("T-02 figures %+v, want sum 7 (5 + 2)", p)
		}
		if f := keys[2]; f.Met != 1 || f.NotMet != 1 || f.NotReported != 3 {
			t.Errorf("T-03: %+v, want the commune's own criterion not counted", f)
		}

		got, err = w.filings.Consolidation(ctx, viewer, march, domain.BasisLatest)
		if err != nil {
			t.Fatal(err)
		}
		keys = testKeys(got.Criteria)
		if got.Reported != 4 || len(got.NotReported) != 1 || got.Used[catThanh.ID].Filing.Status != domain.FilingReturned || len(keys) != 3 {
			t.Fatalf("latest: %d reported, %d not, used %v", got.Reported, len(got.NotReported), got.Used)
		}
		if f := keys[0]; f.Met != 1 || f.NotMet != 2 || f.NoData != 1 || f.NotReported != 1 || f.Targets[0].Numerator != 76 || f.Targets[0].Denominator != 210 {
			t.Errorf("T-01 on the latest reports: %+v, want met 1, not met 2, no data 1 (Xuân Hưng), 76/210", f)
		}
		if p := keys[1].Targets[0]; p.Sum != 17 {
			t.Errorf("T-02 on the latest reports: sum %v, want 17", p.Sum)
		}

		_, err = w.filings.Consolidation(ctx, w.As("lanhdao"), march, domain.BasisLatest)
		wantCode(t, err, domain.Forbidden)
		far, err := w.filings.Consolidation(ctx, farReviewer(t, w), march, domain.BasisLatest)
		if err != nil || far.Reported != 0 || far.Communes != 0 || len(far.Criteria) != 0 {
			t.Errorf("another province consolidated %+v, %v; want nothing of Ninh Bình", far.Consolidation, err)
		}
	})
}

func TestASubmittedSnapshotKeepsTheNumbersItsWordsSay(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		w.Clock.Advance(vietnamTime(3, 24, 10).Sub(w.Clock.Now()))
		w.issue(t, "12")
		v, err := w.filings.Filing(context.Background(), w.inProvince("tinh-xem"), w.filing(t).ID)
		if err != nil {
			t.Fatal(err)
		}
		measured := 0
		for _, g := range w.Program().Groups {
			for _, c := range g.Criteria {
				label := domain.CriterionKey(g, c)
				i := slices.IndexFunc(v.Latest().Snapshot.Criteria, func(x domain.SnapshotCriterion) bool { return x.Label == label })
				sc := v.Latest().Snapshot.Criteria[i]
				if sc.Key != c.FrameworkKey {
					t.Errorf("%s: key %q, want %q", label, sc.Key, c.FrameworkKey)
				}
				if c.Qualitative() {
					if sc.Targets != nil {
						t.Errorf("%s is qualitative but has numbers %+v", label, sc.Targets)
					}
					continue
				}
				if len(sc.Targets) != len(c.Targets) {
					t.Fatalf("%s: %d targets' numbers, want %d", label, len(sc.Targets), len(c.Targets))
				}
				var parts []string
				for j, tg := range c.Targets {
					if sc.Targets[j].Unit != tg.Unit || sc.Targets[j].Label != tg.Label {
						t.Errorf("%s target %d: unit %q label %q, want %q %q", label, j, sc.Targets[j].Unit, sc.Targets[j].Label, tg.Unit, tg.Label)
					}
					if !sc.Targets[j].Measurement().Empty() {
						measured++
					}
					words := tg.Words(sc.Targets[j].Measurement())
					if tg.Label != "" {
						words = tg.Label + ": " + words
					}
					parts = append(parts, words)
				}
				got := strings.Join(parts, "; ")
				if sc.Values == "—" { // nothing in force: no number either
					got = strings.ReplaceAll(strings.ReplaceAll(got, "; ", ""), "—", "")
					if got != "" {
						t.Errorf("%s: numbers say %q, the words nothing", label, got)
					}
				} else if got != sc.Values {
					t.Errorf("%s: numbers say %q, the words %q", label, got, sc.Values)
				}
			}
		}
		if measured == 0 {
			t.Error("no measured value in the snapshot of the demo's March")
		}
	})
}
