package app

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

// seed is what a generated March 2026 report of the demo must carry, read from
// the seed report transcript (a copy of
// shared/seed/bao-cao-nq57-xuan-hung-thang-3-2026.clean.md).
type seed struct {
	items      []string // every header and footer cell and every paragraph, in order
	paragraphs []string // the paragraphs alone (the body, title included)
	tableRows  []string // the criteria table's rows, which must match exactly
}

func readSeed(t *testing.T) seed {
	var sd seed
	t.Helper()
	f, err := os.Open("testdata/seed.clean.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	annotation := regexp.MustCompile(`\((rule under it|underlined|chữ ký, dấu)\)`)
	inCriteria := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", line == "-----", strings.HasPrefix(line, "<!--"), strings.HasPrefix(line, "|---"),
			strings.HasPrefix(line, "(The table"), strings.HasPrefix(line, "| left ("):
			continue
		case strings.HasPrefix(line, "| TT |"):
			inCriteria = true
			fallthrough
		case inCriteria && strings.HasPrefix(line, "|"):
			sd.tableRows = append(sd.tableRows, normalize(strings.ReplaceAll(line, "**", "")))
			continue
		case strings.HasPrefix(line, "|"):
			for _, cell := range strings.Split(strings.Trim(line, "|"), "|") {
				cell = unemphasize(annotation.ReplaceAllString(cell, ""))
				if cell != "" {
					sd.items = append(sd.items, normalize(cell))
				}
			}
			continue
		}
		inCriteria = false
		sd.items = append(sd.items, normalize(unemphasize(line)))
		sd.paragraphs = append(sd.paragraphs, normalize(unemphasize(line)))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sd
}

// unemphasize drops Markdown bold and italic marks, keeping a lone "*" (the
// star under the issuing body).
func unemphasize(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "**", "")
	if len(s) > 1 && strings.HasPrefix(s, "*") {
		s = strings.Trim(s, "*")
	}
	return s
}

func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

// assertCarriesInOrder checks that text holds every item, each after the one
// before it (whitespace-normalised).
func assertCarriesInOrder(t *testing.T, text string, items []string) {
	t.Helper()
	text = normalize(text)
	pos := 0
	for _, item := range items {
		i := strings.Index(text[pos:], item)
		if i < 0 {
			if strings.Contains(text, item) {
				t.Errorf("out of order: %q", item)
			} else {
				t.Errorf("missing: %q", item)
			}
			continue
		}
		pos += i + len(item)
	}
}
