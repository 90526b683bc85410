package domain

import (
	"cmp"
	"fmt"
	"slices"
)

// FrameworkCriterion is a criterion of the province's framework as
// consolidation reads it: its key, its words and its targets (only Unit
// and Label are read: which figures a target gets).
type FrameworkCriterion struct {
	Key     string // "HT-01"
	Text    string
	Targets []Target
}

// Consolidation is the figures of a period's framework criteria across the
// communes of a province, computed from each commune's chosen snapshot.
type Consolidation struct {
	Communes    int     // the communes expected: every active commune of the province
	Reported    int     // of which, with a snapshot chosen
	NotReported []int64 // the expected communes without one, in the order given
	Criteria    []CriterionFigures
}

// CriterionFigures is one framework criterion across the communes. Every
// expected commune is counted once: Met + NotMet + NoData + NotReported =
// Communes.
type CriterionFigures struct {
	Key  string
	Text string
	// Met, NotMet and NoData count the communes that reported, by the
	// status their report gave the criterion; a report without the
	// criterion (the commune has not adopted it) is NoData.
	Met, NotMet, NoData int
	NotReported         int // the communes that did not report
	Reported            int // Met + NotMet + NoData: the communes that reported
	Communes            int // every expected commune
	Targets             []TargetFigures
}

// Words says where the criterion is met, over both denominators: the
// communes that reported and all of them: "đạt ở 57/120 xã, phường đã báo
// cáo (57/129 xã, phường)".
func (c CriterionFigures) Words() string {
	return fmt.Sprintf("đạt ở %d/%d xã, phường đã báo cáo (%d/%d xã, phường)", c.Met, c.Reported, c.Met, c.Communes)
}

// TargetFigures are the values of one target across the communes that
// measured it. A percentage has no sum (shares do not add up): its mean is
// Σ numerators / Σ denominators when every value came with a denominator
// (Weighted), else the plain mean of the shares. Any other unit counts
// something, so it is summed too. With Measured 0 there are no figures.
type TargetFigures struct {
	Unit, Label string
	Percent     bool
	Measured    int // the communes with a value
	Sum         float64
	HasSum      bool // Sum makes sense: not a percentage
	Mean        float64
	Weighted    bool    // Mean is Numerator/Denominator, in %
	Numerator   float64 // Σ numerators, when Weighted
	Denominator float64 // Σ denominators, when Weighted
	Median      float64
	Min, Max    float64
}

// Consolidate computes each framework criterion's figures, in the order
// given, across the expected communes (their IDs) from the snapshot chosen
// for each (accepted, or latest submitted: the caller chooses); an expected
// commune absent from chosen did not report. A snapshot of a commune not
// expected is not read, nor is a criterion without a key (the commune's
// own) or with a key outside the framework.
func Consolidate(framework []FrameworkCriterion, communes []int64, chosen map[int64]Snapshot) Consolidation {
	out := Consolidation{Communes: len(communes)}
	var reports []map[string]SnapshotCriterion
	for _, id := range communes {
		s, ok := chosen[id]
		if !ok {
			out.NotReported = append(out.NotReported, id)
			continue
		}
		out.Reported++
		reports = append(reports, byKey(s))
	}
	for _, fc := range framework {
		out.Criteria = append(out.Criteria, criterionFigures(fc, reports, out.Communes))
	}
	return out
}

// byKey indexes a snapshot's keyed criteria; the first of a key counts.
func byKey(s Snapshot) map[string]SnapshotCriterion {
	m := make(map[string]SnapshotCriterion, len(s.Criteria))
	for _, c := range s.Criteria {
		if _, seen := m[c.Key]; c.Key != "" && !seen {
			m[c.Key] = c
		}
	}
	return m
}

func criterionFigures(fc FrameworkCriterion, reports []map[string]SnapshotCriterion, communes int) CriterionFigures {
	f := CriterionFigures{Key: fc.Key, Text: fc.Text, Communes: communes, Reported: len(reports), NotReported: communes - len(reports)}
	found := make([]SnapshotCriterion, 0, len(reports))
	for _, r := range reports {
		c, ok := r[fc.Key]
		switch {
		case !ok || c.Status == NoData || c.Status == "":
			f.NoData++
		case c.Status == Met:
			f.Met++
		default:
			f.NotMet++
		}
		if ok {
			found = append(found, c)
		}
	}
	for i, t := range fc.Targets {
		f.Targets = append(f.Targets, targetFigures(t, i, found))
	}
	return f
}

// targetFigures computes target i's figures from the communes' criteria: a
// value counts when the commune's target i has the framework target's unit
// and was measured.
func targetFigures(t Target, i int, found []SnapshotCriterion) TargetFigures {
	f := TargetFigures{Unit: t.Unit, Label: t.Label, Percent: t.Percent(), HasSum: !t.Percent()}
	var amounts []float64
	weighted := true
	for _, c := range found {
		if i >= len(c.Targets) || c.Targets[i].Unit != t.Unit {
			continue
		}
		m := c.Targets[i].Measurement()
		v, ok := m.Amount()
		if !ok {
			continue
		}
		amounts = append(amounts, v)
		if m.Numerator != nil && m.Denominator != nil && *m.Denominator > 0 {
			f.Numerator += *m.Numerator
			f.Denominator += *m.Denominator
		} else {
			weighted = false
		}
	}
	f.Measured = len(amounts)
	if f.Measured == 0 {
		f.Numerator, f.Denominator = 0, 0
		return f
	}
	for _, v := range amounts {
		f.Sum += v
	}
	f.Mean = f.Sum / float64(f.Measured)
	if f.Percent && weighted {
		f.Weighted, f.Mean = true, 100*f.Numerator/f.Denominator
	} else {
		f.Numerator, f.Denominator = 0, 0
	}
	if f.Percent {
		f.Sum = 0
	}
	slices.Sort(amounts)
	f.Min, f.Max, f.Median = amounts[0], amounts[len(amounts)-1], median(amounts)
	return f
}

// median of sorted values: the middle one, or the mean of the middle two.
func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// FrameworkOf is the framework as the snapshots show it: every key found,
// ordered by key, with the text and the targets' units and labels of the
// first snapshot holding it. It stands in for the province's framework
// until the province keeps one.
func FrameworkOf(snapshots []Snapshot) []FrameworkCriterion {
	seen := map[string]bool{}
	var out []FrameworkCriterion
	for _, s := range snapshots {
		for _, c := range s.Criteria {
			if c.Key == "" || seen[c.Key] {
				continue
			}
			seen[c.Key] = true
			fc := FrameworkCriterion{Key: c.Key, Text: c.Text}
			for _, t := range c.Targets {
				fc.Targets = append(fc.Targets, Target{Unit: t.Unit, Label: t.Label})
			}
			out = append(out, fc)
		}
	}
	slices.SortFunc(out, func(a, b FrameworkCriterion) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

// Basis is which of a commune's submitted reports a consolidation reads.
type Basis string

const (
	// BasisAccepted reads only the reports the province accepted.
	BasisAccepted Basis = "accepted"
	// BasisLatest reads the latest version submitted, whatever its review:
	// waiting, returned or accepted.
	BasisLatest Basis = "latest"
)

// Label names the basis as a page offers it.
func (b Basis) Label() string {
	if b == BasisLatest {
		return "Báo cáo nộp gần nhất"
	}
	return "Báo cáo đã tiếp nhận"
}

// Reads reports whether a filing's latest version is read on this basis. An
// accepted filing's latest version is the one accepted: issuing again after
// a return makes a new version and clears the review.
func (b Basis) Reads(f Filing) bool {
	if b == BasisLatest {
		return true
	}
	return f.Status == FilingAccepted
}

// FiledVersion is a filing with one of its versions.
type FiledVersion struct {
	Filing  Filing
	Version FilingVersion
}

// Choose picks, per commune, the snapshot of its filing's latest version
// that basis reads, from the filings of one period with their latest
// versions; a commune left out did not report on this basis.
func (b Basis) Choose(latest []FiledVersion) map[int64]Snapshot {
	out := make(map[int64]Snapshot, len(latest))
	for _, fv := range latest {
		if b.Reads(fv.Filing) {
			out[fv.Filing.CommuneID] = fv.Version.Snapshot
		}
	}
	return out
}
