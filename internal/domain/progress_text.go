package domain

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Where Progress.CheckTexts puts a problem: each way in (the grid's inputs,
// a workbook's columns) maps them to its own.
const (
	EnteredNote     = "note"
	EnteredEvidence = "evidence"
)

// The longest note and evidence a progress record keeps, in characters.
const (
	MaxNoteRunes     = 2000
	MaxEvidenceRunes = 500
)

// CheckTexts returns what the rules refuse in the record's note and
// evidence, each problem under EnteredNote or EnteredEvidence: a text longer
// than it may be. It is the one rule of the grid and the Excel import.
func (p Progress) CheckTexts() []Problem {
	var out []Problem
	if utf8.RuneCountInString(p.Note) > MaxNoteRunes {
		out = append(out, Problem{Field: EnteredNote, Message: fmt.Sprintf("Ghi chú dài quá %d ký tự.", MaxNoteRunes)})
	}
	if utf8.RuneCountInString(p.Evidence) > MaxEvidenceRunes {
		out = append(out, Problem{Field: EnteredEvidence,
			Message: fmt.Sprintf("Tham chiếu minh chứng dài quá %d ký tự; hãy đính kèm tệp.", MaxEvidenceRunes)})
	}
	return out
}

// EvidenceLine writes references to evidence (document numbers, links) as
// a record keeps them: on one line, "; " between them, each line of a
// reference a reference of its own, blank lines dropped. The grid shows the
// evidence in a one-line input, which would drop line breaks unseen. A text
// on one line comes back as it is.
func EvidenceLine(refs ...string) string {
	var out []string
	for _, ref := range refs {
		for _, line := range strings.FieldsFunc(ref, func(r rune) bool { return r == '\n' || r == '\r' }) {
			if line = strings.TrimSpace(line); line != "" {
				out = append(out, line)
			}
		}
	}
	return strings.Join(out, "; ")
}
