package report

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// textColumn is the width, in characters, of the left column of the header and
// footer in the plain-text rendering.
const textColumn = 44

// WriteText renders the report as plain text: one paragraph a line, table rows
// as cells separated by " | ". It is what a person pastes into a message, and what
// tests read.
func WriteText(w io.Writer, m Model) error {
	b := bufio.NewWriter(w)
	for _, row := range m.Header.HeaderRows() {
		writeColumns(b, row)
	}
	b.WriteString("\n" + m.DocType + "\n" + m.Summary + "\n-----\n\n")
	for _, block := range m.Body {
		if block.Kind == TableKind {
			writeTextTable(b, block.Table)
			continue
		}
		b.WriteString(block.Text() + "\n\n")
	}
	for _, row := range m.Footer.FooterRows() {
		writeColumns(b, row)
	}
	return b.Flush()
}

func writeColumns(b *bufio.Writer, row [2]string) {
	line := row[0]
	if row[1] != "" {
		pad := textColumn - utf8.RuneCountInString(row[0])
		line += strings.Repeat(" ", max(pad, 1)) + row[1]
	}
	b.WriteString(strings.TrimRight(line, " ") + "\n")
}

func writeTextTable(b *bufio.Writer, t *Table) {
	titles := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		titles[i] = c.Title
	}
	b.WriteString("| " + strings.Join(titles, " | ") + " |\n")
	for _, r := range t.Rows {
		b.WriteString("| " + strings.Join(r.Cells, " | ") + " |\n")
	}
	b.WriteString("\n")
}
