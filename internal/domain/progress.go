package domain

import "time"

// Measurement is the value measured for one target of a criterion: either a
// value in the target's unit or, for a percentage, a numerator and denominator.
type Measurement struct {
	Value       *float64
	Numerator   *float64
	Denominator *float64
}

// Amount returns the measured amount in the target's unit and whether there is one.
func (m Measurement) Amount() (float64, bool) {
	if m.Numerator != nil && m.Denominator != nil && *m.Denominator > 0 {
		return 100 * *m.Numerator / *m.Denominator, true
	}
	if m.Value != nil {
		return *m.Value, true
	}
	return 0, false
}

// Empty reports whether nothing was measured.
func (m Measurement) Empty() bool {
	_, ok := m.Amount()
	return !ok
}

// Progress is what a unit recorded for one criterion in one period.
type Progress struct {
	ID          int64
	CriterionID int64
	Period      Period
	Values      []Measurement // one per target of the criterion, in order
	Met         *bool         // for a qualitative criterion: a person's judgement
	Evidence    string        // reference to a file, link or document
	Note        string
	RecordedBy  string
	RecordedAt  time.Time
	// Version counts the changes to the criterion's record in the period,
	// clears included, so that it never repeats: a save names the version
	// its page was drawn with and is refused when the record has moved on.
	Version int64
}

// Status is where a criterion stands in a period.
type Status string

const (
	NoData Status = "no_data"
	Met    Status = "met"
	NotMet Status = "not_met"
)

// Label returns the status in Vietnamese.
func (s Status) Label() string {
	switch s {
	case Met:
		return "Đạt"
	case NotMet:
		return "Chưa đạt"
	}
	return "Chưa có số liệu"
}

// Evaluate derives the status of criterion c from a progress record, which may be
// nil (no data). A measured criterion is met when every target is met; one with
// some targets unmeasured is not met yet.
func (c Criterion) Evaluate(p *Progress) Status {
	if p == nil {
		return NoData
	}
	if c.Qualitative() {
		if p.Met == nil {
			return NoData
		}
		if *p.Met {
			return Met
		}
		return NotMet
	}
	measured := 0
	allMet := true
	for i, t := range c.Targets {
		if i >= len(p.Values) {
			allMet = false
			continue
		}
		v, ok := p.Values[i].Amount()
		if !ok {
			allMet = false
			continue
		}
		measured++
		if !t.Met(v) {
			allMet = false
		}
	}
	switch {
	case measured == 0:
		return NoData
	case allMet:
		return Met
	}
	return NotMet
}

// Latest picks, from the progress records of one criterion, the one in force at
// the end of period p: the record of the latest period that ends on or before
// p's end, the most recently recorded among equals. Status carries forward: a
// criterion met in February stays met in March until a newer value changes it.
func Latest(records []Progress, p Period) *Progress {
	end := p.End()
	var best *Progress
	for i := range records {
		r := &records[i]
		if r.Period.End().After(end) {
			continue
		}
		if best == nil || newer(r, best) {
			best = r
		}
	}
	return best
}

// InForce returns the record that decides the criterion's status at the end
// of period p: the newest one (as Latest picks) that holds a value or a
// judgement. A later record with only a note or an evidence reference says
// nothing about the target, so the status before it carries on.
func (c Criterion) InForce(records []Progress, p Period) *Progress {
	var withData []Progress
	for _, r := range records {
		if c.Evaluate(&r) != NoData {
			withData = append(withData, r)
		}
	}
	return Latest(withData, p)
}

// StatusAt returns the criterion's status at the end of period p.
func (c Criterion) StatusAt(records []Progress, p Period) Status {
	return c.Evaluate(c.InForce(records, p))
}

func newer(a, b *Progress) bool {
	ae, be := a.Period.End(), b.Period.End()
	if !ae.Equal(be) {
		return ae.After(be)
	}
	return a.RecordedAt.After(b.RecordedAt)
}

// Float returns a pointer to v, for building measurements.
func Float(v float64) *float64 { return &v }

// Bool returns a pointer to v.
func Bool(v bool) *bool { return &v }

// SameEntry reports whether record r says what p says: the same values (a
// missing value and an empty one are alike), judgement, evidence and note. A
// nil p stands for no record, which r matches when it holds nothing. Saving a
// record that is the same entry changes nothing, so it keeps who and when.
func (p *Progress) SameEntry(r Progress) bool {
	if p == nil {
		return r.Blank()
	}
	if !sameBool(p.Met, r.Met) || p.Evidence != r.Evidence || p.Note != r.Note {
		return false
	}
	for i := 0; i < max(len(p.Values), len(r.Values)); i++ {
		if !sameMeasurement(measurementAt(p.Values, i), measurementAt(r.Values, i)) {
			return false
		}
	}
	return true
}

// Blank reports whether the record holds nothing: no value, judgement,
// evidence or note.
func (p Progress) Blank() bool {
	if p.Met != nil || p.Evidence != "" || p.Note != "" {
		return false
	}
	for _, v := range p.Values {
		if !sameMeasurement(v, Measurement{}) {
			return false
		}
	}
	return true
}

func measurementAt(values []Measurement, i int) Measurement {
	if i < len(values) {
		return values[i]
	}
	return Measurement{}
}

func sameMeasurement(a, b Measurement) bool {
	return sameFloat(a.Value, b.Value) && sameFloat(a.Numerator, b.Numerator) && sameFloat(a.Denominator, b.Denominator)
}

func sameFloat(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func sameBool(a, b *bool) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// Statuses returns each criterion's status at the end of period p, from the
// progress records of the program's criteria (keyed by criterion ID).
func (prog Program) Statuses(records map[int64][]Progress, p Period) map[int64]Status {
	out := make(map[int64]Status, prog.CriteriaCount())
	for _, c := range prog.Criteria() {
		out[c.ID] = c.StatusAt(records[c.ID], p)
	}
	return out
}
