package docx

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/report/reporttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render writes m and returns the package's parts.
func render(t *testing.T, m report.Model) map[string][]byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, m); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return unzip(t, buf.Bytes())
}

// body parses word/document.xml and returns its w:body.
func body(t *testing.T, parts map[string][]byte) *node {
	t.Helper()
	b := parseXML(t, "word/document.xml", parts["word/document.xml"]).first("body")
	if b == nil {
		t.Fatal("word/document.xml has no w:body")
	}
	return b
}

func TestWriteProducesEveryPartAsWellFormedXML(t *testing.T) {
	parts := render(t, reporttest.Seed())
	for _, name := range []string{
		"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/settings.xml", "word/_rels/document.xml.rels", "word/header1.xml",
		"word/header2.xml", "docProps/core.xml", "docProps/app.xml",
	} {
		data, ok := parts[name]
		if !ok {
			t.Errorf("package has no %s", name)
			continue
		}
		parseXML(t, name, data)
	}
}

func TestDocumentHoldsEveryTextOfTheModelInOrder(t *testing.T) {
	m := reporttest.Seed()
	text := strings.Join(documentLines(body(t, render(t, m))), "\n")
	h := m.Header
	inOrder(t, text, h.SuperiorBody, h.IssuingBody, "*", h.Number)
	inOrder(t, text, h.Motto, h.PlaceDate)
	inOrder(t, text, expectedLines(m)...)
}

// expectedLines lists the title, body and footer as documentLines reads them.
func expectedLines(m report.Model) []string {
	want := []string{m.DocType, m.Summary}
	for _, b := range m.Body {
		if b.Kind != report.TableKind {
			want = append(want, b.Text())
			continue
		}
		var titles []string
		for _, c := range b.Table.Columns {
			titles = append(titles, c.Title)
		}
		want = append(want, strings.Join(titles, " | "))
		for _, r := range b.Table.Rows {
			want = append(want, strings.Join(r.Cells, " | "))
		}
	}
	want = append(want, m.Footer.RecipientsLabel)
	want = append(want, m.Footer.Recipients...)
	return append(want, m.Footer.Authority, m.Footer.Position, m.Footer.Signer)
}

// inOrder fails unless every want appears in text, each after the one before.
func inOrder(t *testing.T, text string, want ...string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Errorf("document text lacks %q after offset %d", w, at)
			continue
		}
		at += i + len(w)
	}
}

func TestPageIsA4WithTheLayoutMargins(t *testing.T) {
	m := reporttest.Seed()
	l := m.Layout
	sect := body(t, render(t, m)).child("sectPr")
	if sect == nil {
		t.Fatal("no w:sectPr at the end of the body")
	}
	checks := []struct {
		el, attr string
		mm       float64
	}{
		{"pgSz", "w", 210}, {"pgSz", "h", 297},
		{"pgMar", "top", l.MarginTop}, {"pgMar", "bottom", l.MarginBottom},
		{"pgMar", "left", l.MarginLeft}, {"pgMar", "right", l.MarginRight},
	}
	for _, c := range checks {
		got := sect.first(c.el).attrs[c.attr]
		if want := strconv.Itoa(mmTwips(c.mm)); got != want {
			t.Errorf("%s %s = %s twips, want %s (%g mm)", c.el, c.attr, got, want, c.mm)
		}
	}
	if sect.first("pgSz").attrs["orient"] == "landscape" {
		t.Error("page is landscape")
	}
}

func TestPageNumbersStartOnPageTwo(t *testing.T) {
	parts := render(t, reporttest.Seed())
	sect := body(t, parts).child("sectPr")
	if sect.child("titlePg") == nil {
		t.Error("no w:titlePg: the first page would show a number")
	}
	refs := map[string]bool{}
	for _, h := range sect.all("headerReference") {
		refs[h.attrs["type"]] = true
	}
	if !refs["first"] || !refs["default"] {
		t.Errorf("header references %v, want first and default", refs)
	}
	first := parseXML(t, "header1", parts["word/header1.xml"])
	if txt := paraText(first); txt != "" {
		t.Errorf("first-page header shows %q", txt)
	}
	instr := parseXML(t, "header2", parts["word/header2.xml"]).first("instrText")
	if instr == nil || strings.TrimSpace(instr.text) != "PAGE" {
		t.Error("default header has no PAGE field")
	}
}

func TestEveryRunIsSetInTheLayoutFont(t *testing.T) {
	m := reporttest.Seed()
	parts := render(t, m)
	for _, name := range []string{"word/document.xml", "word/header2.xml"} {
		runs := parseXML(t, name, parts[name]).all("r")
		if len(runs) == 0 {
			t.Errorf("%s has no runs", name)
		}
		for _, r := range runs {
			checkFonts(t, name+" run "+strconv.Quote(paraText(r)), r.first("rFonts"), m.Layout.FontFamily)
		}
	}
	styles := parseXML(t, "styles", parts["word/styles.xml"]).first("docDefaults")
	checkFonts(t, "document defaults", styles.first("rFonts"), m.Layout.FontFamily)
	if lang := styles.first("lang"); lang == nil || lang.attrs["val"] != "vi-VN" {
		t.Error("document defaults are not in Vietnamese (vi-VN)")
	}
}

func checkFonts(t *testing.T, what string, rFonts *node, family string) {
	t.Helper()
	if rFonts == nil {
		t.Errorf("%s: no w:rFonts", what)
		return
	}
	for _, a := range []string{"ascii", "hAnsi", "cs", "eastAsia"} {
		if rFonts.attrs[a] != family {
			t.Errorf("%s: %s font %q, want %q", what, a, rFonts.attrs[a], family)
		}
	}
}

func TestDocumentPropertiesNameTheSummaryInVietnamese(t *testing.T) {
	m := reporttest.Seed()
	core := parseXML(t, "core", render(t, m)["docProps/core.xml"])
	if got := core.first("title").text; got != m.Summary {
		t.Errorf("title %q, want %q", got, m.Summary)
	}
	if got := core.first("language").text; got != "vi-VN" {
		t.Errorf("language %q, want vi-VN", got)
	}
}

func TestHeadingRunsKeepTheirOwnWeight(t *testing.T) {
	b := body(t, render(t, reporttest.Seed()))
	for _, p := range b.all("p") {
		if !strings.HasPrefix(paraText(p), "III. KIẾN NGHỊ") {
			continue
		}
		runs := p.all("r")
		if len(runs) != 2 || !isBold(&node{children: runs[:1]}) || isBold(&node{children: runs[1:]}) {
			t.Errorf("III heading: want a bold run then a regular run")
		}
		return
	}
	t.Error("no III heading")
}

func TestTextIsEscapedAndKeptWhole(t *testing.T) {
	m := reporttest.Seed()
	tricky := []string{`A & B <c> "d" 'e'`, "two  spaces   and ≥ 95%", "line one\nline two\ttabbed"}
	for _, s := range tricky {
		m.Body = append(m.Body, reporttest.Para(s))
	}
	text := strings.Join(documentLines(body(t, render(t, m))), "\n")
	inOrder(t, text, tricky...)
}

func TestWriteRejectsWhatItCannotLayOut(t *testing.T) {
	tests := []struct {
		name   string
		change func(*report.Model)
		want   string
	}{
		{"no font", func(m *report.Model) { m.Layout.FontFamily = "" }, "font"},
		{"margins wider than the page", func(m *report.Model) { m.Layout.MarginLeft = 200 }, "margins"},
		{"a row with more cells than columns", func(m *report.Model) {
			m.Body = append(m.Body, report.Block{Kind: report.TableKind, Table: &report.Table{
				Columns: []report.Column{{Title: "TT", Width: 1}},
				Rows:    []report.Row{{Cells: []string{"1", "extra"}}},
			}})
		}, "2 cells for 1 columns"},
		{"a table block without a table", func(m *report.Model) {
			m.Body = append(m.Body, report.Block{Kind: report.TableKind})
		}, "without a table"},
		{"an unknown block kind", func(m *report.Model) {
			m.Body = append(m.Body, report.Block{Kind: "list"})
		}, "unknown kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := reporttest.Seed()
			tt.change(&m)
			err := Write(&bytes.Buffer{}, m)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Write error %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestDocumentMatchesGolden(t *testing.T) {
	got := render(t, reporttest.Seed())["word/document.xml"]
	path := filepath.Join("testdata", "document.xml.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("word/document.xml differs from %s; review the change and run go test -update", path)
	}
}

// mmTwips converts millimetres to twips independently of the package.
func mmTwips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }
