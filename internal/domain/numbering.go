package domain

import (
	"fmt"
	"strconv"
	"time"
)

// DefaultTermStart is the first year of the Party committee's term where the
// organisation has set none. Commune Party committees held their congresses
// for the 2025–2030 term in 2025, after the communes were merged on 1/7/2025.
const DefaultTermStart = 2025

// TermYears is the length of a Party committee's term (nhiệm kỳ).
const TermYears = 5

// TermWords names the term starting in year: "2025–2030" (0 is the default).
func TermWords(start int) string {
	if start == 0 {
		start = DefaultTermStart
	}
	return fmt.Sprintf("%d–%d", start, start+TermYears)
}

// NumberSeries is the run of numbers a document takes its number from
// (DOMAIN.md, "Documents"). Numbers start from 01 in each series and a number
// is used once in it:
//   - a Party document (Hướng dẫn 36-HD/VPTW) is numbered per document type and
//     issuing body, which its symbol names ("BC/ĐU": báo cáo of the Đảng ủy),
//     from 01 in each term of the Party committee, not each year;
//   - a state document (Nghị định 30/2020/NĐ-CP) is numbered per type and
//     issuing body ("BC-UBND") from 01 each calendar year.
//
// The term is a setting of the organisation's report defaults (its first
// year), since a term begins at the committee's congress, which no calendar
// rule gives; a document keeps the term it was numbered in.
type NumberSeries struct {
	Symbol string // the document type and issuing body: "BC/ĐU", "BC-UBND"
	Term   int    // Party documents: the first year of the term; 0 for state documents
	Year   int    // state documents: the year of the document's date; 0 for Party documents
}

// Words names the series for a person: "BC/ĐU, nhiệm kỳ 2025–2030" or
// "BC-UBND, năm 2026".
func (s NumberSeries) Words() string {
	if s.Year != 0 {
		return fmt.Sprintf("%s, năm %d", s.Symbol, s.Year)
	}
	return s.Symbol + ", nhiệm kỳ " + TermWords(s.Term)
}

// seriesOf is the series of a document of the given style, symbol and term,
// dated date.
func seriesOf(style DocumentStyle, symbol string, term int, date time.Time) NumberSeries {
	if style == StateDocument {
		return NumberSeries{Symbol: symbol, Year: date.Year()}
	}
	if term == 0 {
		term = DefaultTermStart
	}
	return NumberSeries{Symbol: symbol, Term: term}
}

// Series is the series a document drawn up with these settings and dated
// date is numbered in.
func (s ReportSettings) Series(date time.Time) NumberSeries {
	return seriesOf(s.Style, s.Symbol, s.TermStart, date)
}

// Series is the series the issued report was numbered in.
func (r IssuedReport) Series() NumberSeries {
	return seriesOf(r.Style, r.Symbol, r.TermStart, r.DocDate)
}

// DocumentNumber reads a document number ("12", "012" and "12" are the same
// number); ok is false for anything but digits.
func DocumentNumber(text string) (n int, ok bool) {
	n, err := strconv.Atoi(text)
	return n, err == nil && n >= 0 && text != "" && text[0] != '+' && text[0] != '-'
}

// FormatDocumentNumber writes n as documents do, with at least two digits:
// "01", "12", "125".
func FormatDocumentNumber(n int) string { return fmt.Sprintf("%02d", n) }

// NumberHolder returns the issued report of another document that holds
// number in series, if any. A reissue of the same period and kind (the
// document that replaces an earlier issue) may keep its number.
func NumberHolder(issued []IssuedReport, series NumberSeries, kind string, p Period, number string) (IssuedReport, bool) {
	n, ok := DocumentNumber(number)
	if !ok {
		return IssuedReport{}, false
	}
	for _, r := range issued {
		if r.Kind == kind && r.Period == p {
			continue
		}
		if m, ok := DocumentNumber(r.Number); ok && m == n && r.Series() == series {
			return r, true
		}
	}
	return IssuedReport{}, false
}

// NextDocumentNumber is the number after the largest used in series: "01"
// when none is.
func NextDocumentNumber(issued []IssuedReport, series NumberSeries) string {
	largest := 0
	for _, r := range issued {
		if m, ok := DocumentNumber(r.Number); ok && r.Series() == series {
			largest = max(largest, m)
		}
	}
	return FormatDocumentNumber(largest + 1)
}
