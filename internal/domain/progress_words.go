package domain

import (
	"math"
	"strings"
)

// RecordWords writes what a progress record of criterion c measured, for
// people: "42/42 (100 %)", "giáo viên: 100 %; học sinh: 70 %", "Đạt"; "—"
// when nothing. Notes and evidence references are shown beside it, not in it.
func (c Criterion) RecordWords(p *Progress) string {
	if p == nil {
		return "—"
	}
	if c.Qualitative() {
		if p.Met == nil {
			return "—"
		}
		if *p.Met {
			return Met.Label()
		}
		return NotMet.Label()
	}
	parts := make([]string, 0, len(c.Targets))
	for i, t := range c.Targets {
		text := t.Words(measurementAt(p.Values, i))
		if t.Label != "" {
			text = t.Label + ": " + text
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, "; ")
}

// Words writes one measured value of target t in its unit: "31 người",
// "42/42 (100 %)"; "—" when nothing was measured.
func (t Target) Words(m Measurement) string {
	unit := ""
	if t.Unit != "" {
		unit = " " + t.Unit
	}
	if m.Numerator != nil && m.Denominator != nil && *m.Denominator > 0 {
		share := math.Round(1000**m.Numerator / *m.Denominator) / 10
		return FormatNumber(*m.Numerator) + "/" + FormatNumber(*m.Denominator) + " (" + FormatNumber(share) + unit + ")"
	}
	if m.Value != nil {
		return FormatNumber(*m.Value) + unit
	}
	return "—"
}
