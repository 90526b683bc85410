package reporting

import (
	"slices"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// PeriodForm is what a composer edits of one period's report, as typed, with
// the version of the period's own settings the form was drawn with.
type PeriodForm struct {
	Version                            int64 // 0: the period stored nothing of its own when the form was drawn
	Number, Date                       string
	Authority, Position, Signer        string
	Recipients                         string // one per line, without the leading "- "
	Basis, Assessment, Recommendations string
}

// PeriodFormOf fills the form from the settings in force for the period and
// the version of what the period stores itself.
func PeriodFormOf(rs domain.ReportSettings, ownVersion int64) PeriodForm {
	return PeriodForm{
		Version: ownVersion, Number: rs.Number, Date: dateText(rs.Date), Authority: rs.Authority,
		Position: rs.Position, Signer: rs.Signer, Recipients: strings.Join(rs.Recipients, "\n"), Basis: rs.Basis,
		Assessment: rs.Assessment, Recommendations: rs.Recommendations,
	}
}

// check names every problem of the form beside its field and returns the
// date it gives.
func (f PeriodForm) check(pr *domain.Problems, p domain.Period) time.Time {
	checkNumber(pr, "number", f.Number, false)
	date := checkDate(pr, "date", f.Date, p, false)
	for field, text := range map[string]string{"authority": f.Authority, "position": f.Position, "signer": f.Signer} {
		checkLength(pr, field, text, shortMax)
	}
	for field, text := range map[string]string{"recipients": f.Recipients, "basis": f.Basis,
		"assessment": f.Assessment, "recommendations": f.Recommendations} {
		checkLength(pr, field, text, longMax)
	}
	return date
}

// settings returns what the period stores: each field that differs from the
// defaults. A field left empty, or equal to the default, is stored empty so
// that the default shows through (and later changes to the defaults reach
// this period). Fields the form does not edit keep own's values.
func (f PeriodForm) settings(own, defaults domain.ReportSettings, date time.Time) domain.ReportSettings {
	unless := func(v, def string) string {
		if v == def {
			return ""
		}
		return v
	}
	rs := own
	rs.Number = unless(f.Number, defaults.Number)
	rs.Date = date
	if date.Equal(defaults.Date) {
		rs.Date = time.Time{}
	}
	rs.Authority, rs.Position = unless(f.Authority, defaults.Authority), unless(f.Position, defaults.Position)
	rs.Signer, rs.Basis = unless(f.Signer, defaults.Signer), unless(strings.TrimSpace(f.Basis), defaults.Basis)
	rs.Assessment = unless(f.Assessment, defaults.Assessment)
	rs.Recommendations = unless(f.Recommendations, defaults.Recommendations)
	rs.Recipients = RecipientLines(f.Recipients)
	if slices.Equal(rs.Recipients, defaults.Recipients) {
		rs.Recipients = nil
	}
	return rs
}
