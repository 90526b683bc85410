package entry

import (
	"strconv"
	"strings"
)

// RowFields are the names of the inputs of one row of the grid, and the
// Field of every problem a save finds in that row: the web page names its
// inputs with them, so that each message lands beside its input.
type RowFields struct {
	Row      string // "c12": the row itself (a refusal of the whole row)
	Met      string // a qualitative criterion's judgement: "yes", "no" or ""
	Note     string
	Evidence string // a reference: document number, link
	File     string // files uploaded with the row
	Drawn    string // what the row was drawn with: DrawnText of its record's version and fingerprint
}

// TargetFields are the names of the inputs of one target of a row.
type TargetFields struct {
	Prefix      string // "c12-t0"
	Value       string
	Numerator   string
	Denominator string
}

// Fields returns the input names of the row of a criterion.
func Fields(criterionID int64) RowFields {
	row := "c" + strconv.FormatInt(criterionID, 10)
	return RowFields{Row: row, Met: row + "-met", Note: row + "-note", Evidence: row + "-evidence",
		File: row + "-file", Drawn: row + "-drawn"}
}

// Target returns the input names of target i (0-based) of the row.
func (f RowFields) Target(i int) TargetFields {
	p := f.Row + "-t" + strconv.Itoa(i)
	return TargetFields{Prefix: p, Value: p + "-value", Numerator: p + "-num", Denominator: p + "-den"}
}

// DrawnText writes what a row was drawn with, for its one hidden input:
// the version and the fingerprint of its record ("3-9f86d081884c7d659a2feaa0").
func DrawnText(version int64, fingerprint string) string {
	return strconv.FormatInt(version, 10) + "-" + fingerprint
}

// ParseDrawn reads what DrawnText wrote. Anything else reads as version 0
// and no fingerprint: a row drawn before its record ever existed, changed
// in every input, so that it cannot overwrite a record unseen.
func ParseDrawn(text string) (version int64, fingerprint string) {
	v, fp, ok := strings.Cut(text, "-")
	n, err := strconv.ParseInt(v, 10, 64)
	if !ok || err != nil || n < 0 {
		return 0, ""
	}
	return n, fp
}

// FileCriterion reads the criterion of a file input's name ("c12-file").
func FileCriterion(field string) (int64, bool) {
	rest, ok := strings.CutPrefix(field, "c")
	if !ok {
		return 0, false
	}
	idText, ok := strings.CutSuffix(rest, "-file")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(idText, 10, 64)
	return id, err == nil && id > 0
}
