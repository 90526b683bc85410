package entry

import (
	"errors"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// RowInput is one row of the grid as the person sent it: the text of each
// input, and what the row was drawn with.
type RowInput struct {
	CriterionID int64
	Version     int64  // the version of the record when the page was drawn (0: none ever)
	Drawn       string // the fingerprint of the record when the page was drawn
	Targets     []TargetInput
	Met         string // "yes", "no" or "" for a qualitative criterion
	Note        string
	Evidence    string
}

// TargetInput is what was typed for one target: a value, or a numerator and
// a denominator for a percentage.
type TargetInput struct {
	Value, Numerator, Denominator string
}

// readRow reads a row as typed into the record of criterion c, adding what
// is wrong under the names of its inputs: to typed, text that cannot be
// what the row was drawn with (characters that cannot be kept, numbers
// that are not numbers, a judgement that is not one); to rules, what the
// rules refuse in a record (a measurement Measurement.Check refuses, a text
// Progress.CheckTexts refuses).
func readRow(c domain.Criterion, in RowInput, typed, rules *domain.Problems) domain.Progress {
	f := Fields(c.ID)
	r := domain.Progress{CriterionID: c.ID}
	r.Note = readText(typed, f.Note, in.Note, true)
	r.Evidence = readText(typed, f.Evidence, in.Evidence, false)
	fields := map[string]string{domain.EnteredNote: f.Note, domain.EnteredEvidence: f.Evidence}
	for _, p := range r.CheckTexts() {
		rules.Add(fields[p.Field], p.Message)
	}
	if c.Qualitative() {
		switch in.Met {
		case "yes":
			r.Met = domain.Bool(true)
		case "no":
			r.Met = domain.Bool(false)
		case "":
		default:
			typed.Add(f.Met, "Chọn Đạt, Chưa đạt hoặc để trống.")
		}
		return r
	}
	for i, t := range c.Targets {
		var typedIn TargetInput
		if i < len(in.Targets) {
			typedIn = in.Targets[i]
		}
		r.Values = append(r.Values, readMeasurement(typed, rules, f.Target(i), t, typedIn))
	}
	return r
}

// drawn returns the fingerprint of record rec as the inputs of criterion
// c's row show it: only the judgement of a qualitative criterion; only the
// values of a measured one, one per target, with a fraction only for a
// percentage. A row posted back untouched reads into exactly that, even
// when the record holds more than the row can show (values kept from
// before the criterion's targets changed), or evidence stored on several
// lines, which the grid shows on one (asShown).
func drawn(c domain.Criterion, rec *domain.Progress) string {
	if rec == nil {
		return rec.Fingerprint()
	}
	shown := domain.Progress{Note: rec.Note, Evidence: domain.EvidenceLine(rec.Evidence)}
	if c.Qualitative() {
		shown.Met = rec.Met
		return shown.Fingerprint()
	}
	for i, t := range c.Targets {
		var m domain.Measurement
		if i < len(rec.Values) {
			m = rec.Values[i]
		}
		if !t.Percent() {
			m.Numerator, m.Denominator = nil, nil
		}
		shown.Values = append(shown.Values, m)
	}
	return shown.Fingerprint()
}

// readText checks and normalises a text field: NFC, line ends as "\n".
func readText(typed *domain.Problems, field, text string, multiline bool) string {
	clean, err := domain.CleanText(field, text, multiline)
	var refused *domain.Error
	if errors.As(err, &refused) && len(refused.Problems) > 0 {
		typed.Add(field, refused.Problems[0].Message)
		return ""
	}
	return clean
}

// readMeasurement reads one target's value, or its numerator and
// denominator when the target is a percentage (a target in other units has
// no such inputs), and checks it by the domain's rule.
func readMeasurement(typed, rules *domain.Problems, f TargetFields, t domain.Target, in TargetInput) domain.Measurement {
	var m domain.Measurement
	m.Value = readAmount(typed, f.Value, in.Value, "Giá trị")
	if t.Percent() {
		m.Numerator = readAmount(typed, f.Numerator, in.Numerator, "Tử số")
		m.Denominator = readAmount(typed, f.Denominator, in.Denominator, "Mẫu số")
	}
	fields := map[string]string{domain.MeasuredValue: f.Value, domain.MeasuredNumerator: f.Numerator, domain.MeasuredDenominator: f.Denominator}
	for _, p := range m.Check(t) {
		rules.Add(fields[p.Field], p.Message)
	}
	return m
}

// readAmount reads a number typed the Vietnamese way or not; empty gives
// nil.
func readAmount(typed *domain.Problems, field, text, what string) *float64 {
	if p := domain.CheckText(text, false); p != "" {
		typed.Add(field, what+" "+p+".")
		return nil
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	v, err := domain.ParseNumber(text)
	if err != nil {
		typed.Add(field, fmt.Sprintf("%s “%s” không phải là số (ví dụ: 96,5 hoặc 1.250).", what, text))
		return nil
	}
	return &v
}
