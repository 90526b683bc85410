package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// node is a parsed XML element, named by its local name (w:tblHeader is
// "tblHeader"), with attributes by local name too.
type node struct {
	name     string
	attrs    map[string]string
	children []*node
	text     string
}

// parseXML parses data strictly, failing the test if it is not well formed.
func parseXML(t *testing.T, name string, data []byte) *node {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	root := &node{name: "#document"}
	stack := []*node{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text += string(tok)
		}
	}
	if len(stack) != 1 {
		t.Fatalf("%s: %d elements left open", name, len(stack)-1)
	}
	return root
}

// all returns the descendants of n named name, in document order.
func (n *node) all(name string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name == name {
			out = append(out, c)
		}
		out = append(out, c.all(name)...)
	}
	return out
}

// first returns the first descendant named name, or nil.
func (n *node) first(name string) *node {
	if all := n.all(name); len(all) > 0 {
		return all[0]
	}
	return nil
}

// child returns the direct child named name, or nil.
func (n *node) child(name string) *node {
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

// paraText is the text of a w:p: its w:t, with w:tab and w:br as tab and newline.
func paraText(p *node) string {
	var sb strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		switch n.name {
		case "t":
			sb.WriteString(n.text)
		case "tab":
			sb.WriteByte('\t')
		case "br":
			sb.WriteByte('\n')
		}
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(p)
	return sb.String()
}

// documentLines reads the body as lines: one per paragraph, one per table
// row with its cells joined by " | " and a cell's paragraphs by newlines.
func documentLines(body *node) []string {
	var lines []string
	for _, c := range body.children {
		switch c.name {
		case "p":
			lines = append(lines, paraText(c))
		case "tbl":
			for _, tr := range c.all("tr") {
				lines = append(lines, rowText(tr))
			}
		}
	}
	return lines
}

func rowText(tr *node) string {
	var cells []string
	for _, tc := range tr.all("tc") {
		var ps []string
		for _, p := range tc.all("p") {
			ps = append(ps, paraText(p))
		}
		cells = append(cells, strings.Join(ps, "\n"))
	}
	return strings.Join(cells, " | ")
}

// unzip returns the parts of a package by name.
func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip archive: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("open %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("read %s: %v", f.Name, err)
		}
		parts[f.Name] = b
	}
	return parts
}
