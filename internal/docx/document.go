package docx

import (
	"fmt"

	"github.com/nq57/nq57/internal/report"
)

// documentXML writes word/document.xml: letterhead, title, body, footer and
// the section properties.
func documentXML(m report.Model) ([]byte, error) {
	b := newBuilder(m.Layout)
	b.raw(xmlHeader, `<w:document `, nsW, ` `, nsR, `><w:body>`)
	b.letterhead(m.Header, m.Layout)
	b.title(m)
	if err := b.body(m.Body, m.Layout); err != nil {
		return nil, fmt.Errorf("document body: %w", err)
	}
	b.footer(m.Footer, m.Layout)
	// A tiny empty paragraph: the body must not end with a table.
	b.raw(`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`)
	b.section(m.Layout)
	b.raw(`</w:body></w:document>`)
	return b.bytes(), nil
}
