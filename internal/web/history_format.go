package web

import (
	"math"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// recordWords writes what a progress record measured, for people: "42/42
// (100 %)", "giáo viên: 100 %; học sinh: 70 %", "Đạt"; "—" when nothing.
// Notes and evidence references are shown beside it, not in it.
func recordWords(c domain.Criterion, p *domain.Progress) string {
	if p == nil {
		return "—"
	}
	if c.Qualitative() {
		if p.Met == nil {
			return "—"
		}
		if *p.Met {
			return domain.Met.Label()
		}
		return domain.NotMet.Label()
	}
	parts := make([]string, 0, len(c.Targets))
	for i, t := range c.Targets {
		var m domain.Measurement
		if i < len(p.Values) {
			m = p.Values[i]
		}
		text := measurementWords(t, m)
		if t.Label != "" {
			text = t.Label + ": " + text
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, "; ")
}

// measurementWords writes one measured value in its target's unit.
func measurementWords(t domain.Target, m domain.Measurement) string {
	unit := ""
	if t.Unit != "" {
		unit = " " + t.Unit
	}
	if m.Numerator != nil && m.Denominator != nil && *m.Denominator > 0 {
		share := math.Round(1000**m.Numerator / *m.Denominator) / 10
		return domain.FormatNumber(*m.Numerator) + "/" + domain.FormatNumber(*m.Denominator) + " (" + domain.FormatNumber(share) + unit + ")"
	}
	if m.Value != nil {
		return domain.FormatNumber(*m.Value) + unit
	}
	return "—"
}
