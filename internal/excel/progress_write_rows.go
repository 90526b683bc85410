package excel

import "github.com/nq57/nq57/internal/domain"

// writeCriterionCells writes the cells that name the criterion of a row.
func writeCriterionCells(w *sheetWriter, l layout, row int, g domain.Group, c domain.Criterion, target string) {
	w.str(l.pos(hGroup), row, g.Numeral, w.st.of(kindCentered))
	w.num(l.pos(hNumber), row, float64(c.Number), w.st.of(kindNumber))
	w.str(l.pos(hText), row, c.Text, w.st.of(kindText))
	w.str(l.pos(hTargets), row, target, w.st.of(kindLiteral))
}

// writeQualitativeRow writes the one row of a criterion with no measurable
// target: the values do not apply, "Đạt" does.
func writeQualitativeRow(w *sheetWriter, l layout, row int, g domain.Group, c domain.Criterion, rec *domain.Progress, status domain.Status) {
	writeCriterionCells(w, l, row, g, c, domain.QualitativeTarget)
	for _, h := range []string{hIndex, hValue, hNumerator, hDenominator} {
		w.style(l.pos(h), row, w.st.shaded)
	}
	met := ""
	if rec != nil && rec.Met != nil {
		met = metNo
		if *rec.Met {
			met = metYes
		}
	}
	w.str(l.pos(hMet), row, met, w.st.of(kindCentered))
	writeRecordText(w, l, row, rec)
	w.str(l.pos(hStatus), row, statusLabel(status), w.st.of(kindText))
}

// writeTargetRow writes the row of target i of a measured criterion; the
// criterion's evidence and note go on its first row.
func writeTargetRow(w *sheetWriter, l layout, row int, g domain.Group, c domain.Criterion, i int, rec *domain.Progress, status domain.Status) {
	t := c.Targets[i]
	writeCriterionCells(w, l, row, g, c, t.String())
	w.num(l.pos(hIndex), row, float64(i+1), w.st.of(kindNumber))
	m := measurement(rec, i)
	number := w.st.of(kindNumber)
	w.optNum(l.pos(hValue), row, m.Value, number)
	if t.Percent() {
		w.optNum(l.pos(hNumerator), row, m.Numerator, number)
		w.optNum(l.pos(hDenominator), row, m.Denominator, number)
	} else {
		w.style(l.pos(hNumerator), row, w.st.shaded)
		w.style(l.pos(hDenominator), row, w.st.shaded)
	}
	w.style(l.pos(hMet), row, w.st.shaded)
	if i == 0 {
		writeRecordText(w, l, row, rec)
	} else {
		writeRecordText(w, l, row, nil)
	}
	w.str(l.pos(hStatus), row, statusLabel(status), w.st.of(kindText))
}

func writeRecordText(w *sheetWriter, l layout, row int, rec *domain.Progress) {
	var evidence, note string
	if rec != nil {
		evidence, note = rec.Evidence, rec.Note
	}
	w.str(l.pos(hEvidence), row, evidence, w.st.of(kindText))
	w.str(l.pos(hNote), row, note, w.st.of(kindText))
}

// measurement returns what rec measured for target i, if anything.
func measurement(rec *domain.Progress, i int) domain.Measurement {
	if rec == nil || i >= len(rec.Values) {
		return domain.Measurement{}
	}
	return rec.Values[i]
}

// statusLabel names a status; a criterion missing from the statuses has
// no data.
func statusLabel(s domain.Status) string {
	if s == "" {
		s = domain.NoData
	}
	return s.Label()
}
