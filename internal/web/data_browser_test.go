package web

import (
	"html"
	"net/url"
	"regexp"
	"strings"
)

// Patterns for the fields of the grid's form, as the templates write them.
var (
	gridInput    = regexp.MustCompile(`<input\b[^>]*>`)
	gridTextarea = regexp.MustCompile(`(?s)<textarea\b([^>]*)>(.*?)</textarea>`)
	gridSelect   = regexp.MustCompile(`(?s)<select\b([^>]*)>(.*?)</select>`)
	gridSelected = regexp.MustCompile(`<option value="([^"]*)"\s*selected>`)
	gridAttr     = regexp.MustCompile(`\b(name|value|type)="([^"]*)"`)
	gridDisabled = regexp.MustCompile(`\sdisabled[\s>]`)
)

// gridForm returns what a browser would post from the save form of a grid
// page as drawn: every enabled input, textarea and select with its value,
// no files. Tests change a few fields of it, as a person does.
func gridForm(page string) url.Values {
	_, form, ok := strings.Cut(page, `<form method="post" action="/data"`)
	if !ok {
		return url.Values{}
	}
	form, _, _ = strings.Cut(form, "</form>")
	out := url.Values{}
	for _, tag := range gridInput.FindAllString(form, -1) {
		a := gridAttrs(tag)
		if a["name"] == "" || a["type"] == "file" || gridDisabled.MatchString(tag) {
			continue
		}
		out.Add(a["name"], a["value"])
	}
	for _, m := range gridTextarea.FindAllStringSubmatch(form, -1) {
		if a := gridAttrs(m[1]); a["name"] != "" && !gridDisabled.MatchString(m[1]+">") {
			out.Add(a["name"], html.UnescapeString(m[2]))
		}
	}
	for _, m := range gridSelect.FindAllStringSubmatch(form, -1) {
		a := gridAttrs(m[1])
		if a["name"] == "" || gridDisabled.MatchString(m[1]+">") {
			continue
		}
		value := ""
		if sel := gridSelected.FindStringSubmatch(m[2]); sel != nil {
			value = html.UnescapeString(sel[1])
		}
		out.Add(a["name"], value)
	}
	return out
}

func gridAttrs(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range gridAttr.FindAllStringSubmatch(tag, -1) {
		if _, seen := out[m[1]]; !seen {
			out[m[1]] = html.UnescapeString(m[2])
		}
	}
	return out
}
