package ui

import "strconv"

// Paginate returns the links to the pages before and after page (from 1) of
// a list of pages, "" at either end; link writes the address of a page,
// keeping the list's filters. A page past the end links back to the last
// page.
func Paginate(page, pages int, link func(page int) string) (prev, next string) {
	if page > 1 {
		prev = link(max(1, min(page-1, pages)))
	}
	if page < pages {
		next = link(page + 1)
	}
	return prev, next
}

// PageNumber reads a page number: anything but a positive number is page 1.
func PageNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 100000)
}
