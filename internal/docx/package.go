// Package docx renders a report.Model as a WordprocessingML (.docx) document:
// the official layout of a Party or state report (Hướng dẫn 36-HD/VPTW,
// Nghị định 30/2020/NĐ-CP), with named styles so that it stays editable in Word
// and LibreOffice. It uses only the standard library.
package docx

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"

	"github.com/nq57/nq57/internal/report"
)

// part is one file of the package.
type part struct {
	name string
	data []byte
}

// Write writes m to w as a .docx file.
func Write(w io.Writer, m report.Model) error {
	if err := checkLayout(m.Layout); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	parts, err := buildParts(m)
	if err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	if err := writeZip(w, parts); err != nil {
		return fmt.Errorf("docx: write package: %w", err)
	}
	return nil
}

// buildParts renders every part of the package, [Content_Types].xml first.
func buildParts(m report.Model) ([]part, error) {
	doc, err := documentXML(m)
	if err != nil {
		return nil, err
	}
	return []part{
		{"[Content_Types].xml", []byte(contentTypesXML)},
		{"_rels/.rels", []byte(packageRelsXML)},
		{"docProps/core.xml", coreXML(m)},
		{"docProps/app.xml", []byte(appXML)},
		{"word/_rels/document.xml.rels", []byte(documentRelsXML)},
		{"word/document.xml", doc},
		{"word/styles.xml", stylesXML(m.Layout)},
		{"word/settings.xml", []byte(settingsXML)},
		{"word/header1.xml", firstPageHeaderXML(m.Layout)},
		{"word/header2.xml", pageNumberHeaderXML(m.Layout)},
	}, nil
}

func writeZip(w io.Writer, parts []part) error {
	zw := zip.NewWriter(w)
	for _, p := range parts {
		f, err := zw.Create(p.name)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		if _, err := f.Write(p.data); err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
	}
	return zw.Close()
}

// checkLayout rejects a layout that cannot make a page.
func checkLayout(l report.Layout) error {
	switch {
	case l.FontFamily == "":
		return errors.New("layout has no font family")
	case l.PageWidth <= 0 || l.PageHeight <= 0:
		return fmt.Errorf("layout page size %gx%g mm is not a page", l.PageWidth, l.PageHeight)
	case l.MarginLeft+l.MarginRight >= l.PageWidth || l.MarginTop+l.MarginBottom >= l.PageHeight:
		return errors.New("layout margins leave no room for text")
	case l.HeaderLeftShare <= 0 || l.HeaderLeftShare >= 1:
		return fmt.Errorf("layout header left share %g is not between 0 and 1", l.HeaderLeftShare)
	case l.BodySize <= 0:
		return fmt.Errorf("layout body size %g pt is not a size", l.BodySize)
	}
	return nil
}
