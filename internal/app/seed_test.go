package app

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

// seedItems reads the seed report transcript (a copy of
// shared/seed/bao-cao-nq57-xuan-hung-thang-3-2026.clean.md) into what a generated
// report must carry, in order: every header and footer cell, every paragraph,
// and the criteria table's rows (returned apart, as they must match exactly).
func seedItems(t *testing.T) (items, tableRows []string) {
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
			tableRows = append(tableRows, normalize(strings.ReplaceAll(line, "**", "")))
			continue
		case strings.HasPrefix(line, "|"):
			for _, cell := range strings.Split(strings.Trim(line, "|"), "|") {
				cell = unemphasize(annotation.ReplaceAllString(cell, ""))
				if cell != "" {
					items = append(items, normalize(cell))
				}
			}
			continue
		}
		inCriteria = false
		items = append(items, normalize(unemphasize(line)))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return items, tableRows
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
