package docx

import "strings"

// para is one paragraph to write: a named style, a few direct overrides and
// its runs.
type para struct {
	style       string
	align       string // overrides the style's alignment when set
	keepNext    bool
	spaceBefore int // twips; 0 keeps the style's
	rule        *rule
	runs        []run
}

// rule makes a paragraph a solid line: an empty, one-point-high paragraph
// with a top border, narrowed by equal indents on both sides so that the line
// is as long as the text above it. The text itself stays in its own paragraph,
// so a rule can never make it wrap.
type rule struct {
	indent int // twips on each side
}

// run is a piece of text with direct character formatting.
type run struct {
	text      string
	bold      bool
	noBold    bool // turns off bold inherited from a bold style
	italic    bool
	underline bool
	size      float64 // points; 0 keeps the style's size
}

func (b *builder) paragraph(p para) {
	b.raw(`<w:p><w:pPr><w:pStyle w:val="`, p.style, `"/>`)
	if p.keepNext {
		b.raw("<w:keepNext/>")
	}
	if p.rule != nil {
		b.raw(`<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="auto"/></w:pBdr>`)
	}
	if p.spaceBefore > 0 {
		b.raw(`<w:spacing w:before="`)
		b.int(p.spaceBefore)
		b.raw(`"/>`)
	}
	if p.rule != nil {
		b.raw(`<w:ind w:left="`)
		b.int(p.rule.indent)
		b.raw(`" w:right="`)
		b.int(p.rule.indent)
		b.raw(`"/>`)
	}
	if p.align != "" {
		b.raw(`<w:jc w:val="`, p.align, `"/>`)
	}
	if p.rule != nil {
		b.raw(`<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`)
	}
	b.raw("</w:pPr>")
	for _, r := range p.runs {
		b.run(r)
	}
	b.raw("</w:p>")
}

func (b *builder) run(r run) {
	if r.text == "" {
		return
	}
	b.raw("<w:r><w:rPr>", b.fonts)
	if r.bold {
		b.raw("<w:b/><w:bCs/>")
	} else if r.noBold {
		b.raw(`<w:b w:val="0"/><w:bCs w:val="0"/>`)
	}
	if r.italic {
		b.raw("<w:i/><w:iCs/>")
	}
	if r.size > 0 {
		b.val("sz", halfPoints(r.size))
		b.val("szCs", halfPoints(r.size))
	}
	if r.underline {
		b.raw(`<w:u w:val="single"/>`)
	}
	b.raw("</w:rPr>")
	b.runText(r.text)
	b.raw("</w:r>")
}

// runText writes s as w:t elements, turning line breaks and tabs into
// w:br and w:tab so that no character is lost. Spaces are preserved.
func (b *builder) runText(s string) {
	for s != "" {
		i := strings.IndexAny(s, "\r\n\t")
		if i < 0 {
			b.textElement(s)
			return
		}
		b.textElement(s[:i])
		switch {
		case s[i] == '\t':
			b.raw("<w:tab/>")
		case strings.HasPrefix(s[i:], "\r\n"):
			b.raw("<w:br/>")
			i++
		default:
			b.raw("<w:br/>")
		}
		s = s[i+1:]
	}
}

func (b *builder) textElement(s string) {
	if s == "" {
		return
	}
	b.raw(`<w:t xml:space="preserve">`)
	b.text(s)
	b.raw("</w:t>")
}

// emptyPara is a paragraph with no text, used for blank lines.
func emptyPara(style string) para { return para{style: style} }
