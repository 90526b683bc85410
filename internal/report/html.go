package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
)

//go:embed report.html.tmpl
var htmlSource string

// HTMLRenderer renders the report as a standalone HTML page, for preview: the
// same content as the DOCX and the PDF. It is safe for concurrent use.
type HTMLRenderer struct {
	page *template.Template
}

// NewHTMLRenderer parses the page template.
func NewHTMLRenderer() (*HTMLRenderer, error) {
	t, err := template.New("report").Funcs(template.FuncMap{
		"mul100": func(v float64) float64 { return v * 100 },
	}).Parse(htmlSource)
	if err != nil {
		return nil, fmt.Errorf("parse report template: %w", err)
	}
	return &HTMLRenderer{page: t}, nil
}

// Write renders m as a full HTML document.
func (r *HTMLRenderer) Write(w io.Writer, m Model) error {
	if err := r.page.Execute(w, m); err != nil {
		return fmt.Errorf("render report page: %w", err)
	}
	return nil
}

// WidthPercent returns a column's share of the table width as a CSS percentage.
func (c Column) WidthPercent() string { return fmt.Sprintf("%.1f%%", c.Width*100) }
