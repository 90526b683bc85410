package domain

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Comparator says how a measured value is held against a target's threshold.
type Comparator string

const (
	AtLeast Comparator = "≥"
	AtMost  Comparator = "≤"
	Equal   Comparator = "="
	Above   Comparator = ">"
	Below   Comparator = "<"
	Between Comparator = "between"
)

// Target is one measurable target of a criterion: "≥ 95 %", "= 100 % (giáo viên)",
// "≥ 30 người", "từ 80 đến 90 %".
type Target struct {
	Comparator Comparator
	Threshold  float64
	Upper      float64 // upper bound, for Between only
	Unit       string  // "%", "người", "hộ", "sản phẩm", "sáng kiến/quý"
	Label      string  // what is measured when a criterion has several: "giáo viên"
}

// Percent reports whether the target is a percentage, so that a value may be
// entered as numerator and denominator.
func (t Target) Percent() bool { return t.Unit == "%" }

const tolerance = 1e-9

// Met reports whether value satisfies the target.
func (t Target) Met(value float64) bool {
	switch t.Comparator {
	case AtLeast:
		return value >= t.Threshold-tolerance
	case AtMost:
		return value <= t.Threshold+tolerance
	case Equal:
		return math.Abs(value-t.Threshold) <= tolerance
	case Above:
		return value > t.Threshold
	case Below:
		return value < t.Threshold
	case Between:
		return value >= t.Threshold-tolerance && value <= t.Upper+tolerance
	}
	return false
}

// String writes the target the way ParseTargets reads it.
func (t Target) String() string {
	var s string
	if t.Comparator == Between {
		s = fmt.Sprintf("từ %s đến %s", FormatNumber(t.Threshold), FormatNumber(t.Upper))
	} else {
		s = string(t.Comparator) + " " + FormatNumber(t.Threshold)
	}
	if t.Unit != "" {
		s += " " + t.Unit
	}
	if t.Label != "" {
		s += " (" + t.Label + ")"
	}
	return s
}

// QualitativeTarget is how a criterion without a measurable target is written.
const QualitativeTarget = "Đạt"

// FormatTargets writes a criterion's targets, separated by "; ", or "Đạt" when it
// has none.
func FormatTargets(targets []Target) string {
	if len(targets) == 0 {
		return QualitativeTarget
	}
	parts := make([]string, len(targets))
	for i, t := range targets {
		parts[i] = t.String()
	}
	return strings.Join(parts, "; ")
}

var (
	comparatorTarget = regexp.MustCompile(`^(≥|>=|≤|<=|=|>|<)\s*([0-9]+(?:[.,][0-9]+)*)\s*([^()]*?)\s*(?:\(([^()]*)\))?$`)
	betweenTarget    = regexp.MustCompile(`^(?i:từ)\s*([0-9]+(?:[.,][0-9]+)*)\s*(?i:đến)\s*([0-9]+(?:[.,][0-9]+)*)\s*([^()]*?)\s*(?:\(([^()]*)\))?$`)
)

// ParseTargets reads targets written as FormatTargets writes them. "Đạt" or an
// empty text means a qualitative criterion (no targets).
func ParseTargets(text string) ([]Target, error) {
	text = NFC(text)
	if text == "" || Fold(text) == Fold(QualitativeTarget) {
		return nil, nil
	}
	var targets []Target
	for _, part := range strings.Split(text, ";") {
		t, err := parseTarget(strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		targets = append(targets, t)
	}
	return targets, nil
}

func parseTarget(s string) (Target, error) {
	if m := betweenTarget.FindStringSubmatch(s); m != nil {
		lo, hi := parseNumber(m[1]), parseNumber(m[2])
		if lo > hi {
			return Target{}, Errorf(Invalid, "chỉ tiêu %q: cận dưới lớn hơn cận trên", s)
		}
		return checkPercent(s, Target{Comparator: Between, Threshold: lo, Upper: hi, Unit: m[3], Label: m[4]})
	}
	m := comparatorTarget.FindStringSubmatch(s)
	if m == nil {
		return Target{}, Errorf(Invalid, "chỉ tiêu %q không đúng dạng (ví dụ: \"≥ 95 %%\", \"= 100 %% (giáo viên)\", \"từ 80 đến 90 %%\" hoặc \"Đạt\")", s)
	}
	cmp := map[string]Comparator{">=": AtLeast, "<=": AtMost}[m[1]]
	if cmp == "" {
		cmp = Comparator(m[1])
	}
	return checkPercent(s, Target{Comparator: cmp, Threshold: parseNumber(m[2]), Unit: m[3], Label: m[4]})
}

// checkPercent refuses a percentage target outside 0-100: a share of a
// whole cannot pass 100 %, so "≥ 150 %" is a typing mistake that no value
// could honestly meet; so are "> 100 %" and "< 0 %".
func checkPercent(s string, t Target) (Target, error) {
	if !t.Percent() {
		return t, nil
	}
	if (t.Comparator == Above && t.Threshold >= 100) || (t.Comparator == Below && t.Threshold <= 0) {
		return Target{}, Errorf(Invalid, "chỉ tiêu %q: không tỷ lệ nào đạt được, vì tỷ lệ phần trăm chỉ từ 0 đến 100 %%", s)
	}
	if t.Threshold < 0 || t.Threshold > 100 || t.Upper < 0 || t.Upper > 100 {
		return Target{}, Errorf(Invalid, "chỉ tiêu %q: tỷ lệ phần trăm phải từ 0 đến 100 %%", s)
	}
	return t, nil
}

func parseNumber(s string) float64 {
	v, _ := strconv.ParseFloat(plainNumber(s), 64)
	return v
}

var thousands = regexp.MustCompile(`^[1-9][0-9]{0,2}(\.[0-9]{3})+$`)

// plainNumber rewrites a number written the Vietnamese way ("1.000,5": dot
// for thousands, comma for decimals) for strconv. A lone dot followed by
// exactly three digits groups thousands ("1.000" is a thousand); any other
// lone dot is a decimal point, as people also type "96.5".
func plainNumber(s string) string {
	switch {
	case strings.Contains(s, ".") && strings.Contains(s, ","):
		return strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
	case thousands.MatchString(s):
		return strings.ReplaceAll(s, ".", "")
	}
	return strings.ReplaceAll(s, ",", ".")
}

// FormatNumber writes a number the Vietnamese way: no trailing zeros, a decimal
// comma ("95", "62,5").
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	return strings.Replace(s, ".", ",", 1)
}

// ParseNumber reads a number written with a decimal comma or point.
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	v, err := strconv.ParseFloat(plainNumber(s), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, Errorf(Invalid, "%q không phải là số", s)
	}
	return v, nil
}
