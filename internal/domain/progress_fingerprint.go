package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Fingerprint names what record p holds (values, judgement, evidence, note;
// not who or when) in a short text. Two records have the same fingerprint
// exactly when SameEntry says they are the same entry, so a nil record and a
// blank one share theirs. The data grid carries each row's fingerprint as it
// was drawn: a row posted back with the same fingerprint was not changed by
// the person, whatever the record holds by now.
func (p *Progress) Fingerprint() string {
	var b strings.Builder
	if p != nil {
		values := p.Values
		for len(values) > 0 && sameMeasurement(values[len(values)-1], Measurement{}) {
			values = values[:len(values)-1]
		}
		for _, m := range values {
			b.WriteString("v" + floatKey(m.Value) + "/" + floatKey(m.Numerator) + "/" + floatKey(m.Denominator) + ";")
		}
		if p.Met != nil {
			b.WriteString("m" + strconv.FormatBool(*p.Met) + ";")
		}
		b.WriteString("e" + strconv.Quote(p.Evidence) + "n" + strconv.Quote(p.Note))
	} else {
		b.WriteString("e" + strconv.Quote("") + "n" + strconv.Quote(""))
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:12])
}

func floatKey(v *float64) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}
