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
