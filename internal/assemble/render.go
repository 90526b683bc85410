package assemble

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/nq57/nq57/internal/docx"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/pdf"
	"github.com/nq57/nq57/internal/report"
)

// Format is an output format of the report.
type Format string

const (
	DOCX Format = "docx"
	PDF  Format = "pdf"
	HTML Format = "html"
	Text Format = "txt"
)

// Formats lists the formats in the order help texts name them.
var Formats = []Format{DOCX, PDF, HTML, Text}

// ParseFormat reads a format name; an empty name is taken from the extension of
// the output file.
func ParseFormat(name, outPath string) (Format, error) {
	if name == "" {
		name = strings.TrimPrefix(strings.ToLower(filepath.Ext(outPath)), ".")
	}
	for _, f := range Formats {
		if Format(strings.ToLower(name)) == f {
			return f, nil
		}
	}
	return "", domain.Errorf(domain.Invalid, "định dạng %q không hỗ trợ: dùng docx, pdf, html hoặc txt", name)
}

// ContentType returns the MIME type of the format.
func (f Format) ContentType() string {
	switch f {
	case DOCX:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case PDF:
		return "application/pdf"
	case HTML:
		return "text/html; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}

// Renderer writes a report model in any format. It keeps the parsed HTML
// template, so one Renderer serves many reports; it is safe for concurrent use.
type Renderer struct {
	html *report.HTMLRenderer
}

// NewRenderer prepares a Renderer.
func NewRenderer() (*Renderer, error) {
	html, err := report.NewHTMLRenderer()
	if err != nil {
		return nil, err
	}
	return &Renderer{html: html}, nil
}

// Render writes m in format f.
func (r *Renderer) Render(w io.Writer, f Format, m report.Model) error {
	switch f {
	case DOCX:
		return docx.Write(w, m)
	case PDF:
		return pdf.Write(w, m)
	case HTML:
		return r.html.Write(w, m)
	case Text:
		return report.WriteText(w, m)
	}
	return fmt.Errorf("render: unknown format %q", f)
}
