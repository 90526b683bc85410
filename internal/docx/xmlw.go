package docx

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/report"
)

// Namespaces of the WordprocessingML parts.
const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR       = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

// builder accumulates the XML of one part. Writes to its buffer cannot fail.
type builder struct {
	buf   bytes.Buffer
	fonts string // the <w:rFonts/> element every run carries
}

func newBuilder(l report.Layout) *builder {
	f := attr(l.FontFamily)
	return &builder{fonts: `<w:rFonts w:ascii="` + f + `" w:hAnsi="` + f +
		`" w:cs="` + f + `" w:eastAsia="` + f + `"/>`}
}

// raw writes XML markup as is.
func (b *builder) raw(parts ...string) {
	for _, p := range parts {
		b.buf.WriteString(p)
	}
}

// int writes n in decimal.
func (b *builder) int(n int) { b.buf.WriteString(strconv.Itoa(n)) }

// val writes <w:name w:val="n"/>.
func (b *builder) val(name string, n int) {
	b.raw("<w:", name, ` w:val="`)
	b.int(n)
	b.raw(`"/>`)
}

// text writes s escaped as character data.
func (b *builder) text(s string) {
	_ = xml.EscapeText(&b.buf, []byte(s)) // a bytes.Buffer never fails
}

// attr escapes s for use inside a double-quoted attribute value.
func attr(s string) string {
	var sb strings.Builder
	_ = xml.EscapeText(&sb, []byte(s)) // escapes quotes too
	return sb.String()
}

func (b *builder) bytes() []byte { return b.buf.Bytes() }
