package ui

import (
	"strconv"
	"testing"
)

func TestPaginateLinksThePagesAroundOne(t *testing.T) {
	link := func(page int) string { return "/list?page=" + strconv.Itoa(page) }
	tests := []struct {
		name        string
		page, pages int
		prev, next  string
	}{
		{"the only page", 1, 1, "", ""},
		{"the first of three", 1, 3, "", "/list?page=2"},
		{"the middle", 2, 3, "/list?page=1", "/list?page=3"},
		{"the last", 3, 3, "/list?page=2", ""},
		{"past the end goes back to the last page", 50, 3, "/list?page=3", ""},
		{"an empty list asked for page 2", 2, 0, "/list?page=1", ""},
	}
	for _, tt := range tests {
		prev, next := Paginate(tt.page, tt.pages, link)
		if prev != tt.prev || next != tt.next {
			t.Errorf("%s: %q, %q; want %q, %q", tt.name, prev, next, tt.prev, tt.next)
		}
	}
}

func TestPageNumberIsPositive(t *testing.T) {
	for s, want := range map[string]int{"": 1, "0": 1, "-3": 1, "abc": 1, "2": 2, "99999999": 100000} {
		if got := PageNumber(s); got != want {
			t.Errorf("PageNumber(%q) = %d, want %d", s, got, want)
		}
	}
}
