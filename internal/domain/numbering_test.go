package domain_test

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestNumberSeries(t *testing.T) {
	party := domain.ReportSettings{Style: domain.PartyDocument, Symbol: "BC/ĐU"}
	state := domain.ReportSettings{Style: domain.StateDocument, Symbol: "BC-UBND", TermStart: 2025}
	march, january27 := domain.Date(2026, 3, 31), domain.Date(2027, 1, 5)
	for _, tc := range []struct {
		name string
		got  domain.NumberSeries
		want string
	}{
		{"a Party document runs per term, the default one", party.Series(march), "BC/ĐU, nhiệm kỳ 2025–2030"},
		{"whatever the year", party.Series(january27), "BC/ĐU, nhiệm kỳ 2025–2030"},
		{"a set term", domain.ReportSettings{Style: domain.PartyDocument, Symbol: "BC/ĐU", TermStart: 2030}.Series(march), "BC/ĐU, nhiệm kỳ 2030–2035"},
		{"a state document runs per year", state.Series(march), "BC-UBND, năm 2026"},
		{"the next year starts again", state.Series(january27), "BC-UBND, năm 2027"},
	} {
		if got := tc.got.Words(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	if party.Series(march) != (domain.ReportSettings{Style: domain.PartyDocument, Symbol: "BC/ĐU", TermStart: 2025}).Series(march) {
		t.Error("the default term is not 2025")
	}
}

func TestNumberHolderAndNext(t *testing.T) {
	feb, mar := domain.MonthPeriod(2026, 2), domain.MonthPeriod(2026, 3)
	issued := []domain.IssuedReport{
		{Kind: "nq57", Period: feb, Number: "12", Style: domain.PartyDocument, Symbol: "BC/ĐU", DocDate: domain.Date(2026, 2, 25)},
		{Kind: "nq57", Period: feb, Number: "09", Style: domain.PartyDocument, Symbol: "BC/ĐU", TermStart: 2020, DocDate: domain.Date(2025, 2, 25)},
		{Kind: "nq57", Period: feb, Number: "30", Style: domain.StateDocument, Symbol: "BC-UBND", DocDate: domain.Date(2026, 2, 25)},
	}
	series := domain.ReportSettings{Style: domain.PartyDocument, Symbol: "BC/ĐU"}.Series(domain.Date(2026, 3, 31))
	for _, tc := range []struct {
		number string
		p      domain.Period
		held   bool
	}{
		{"12", mar, true}, {"012", mar, true}, {"13", mar, false},
		{"12", feb, false}, // February's reissue keeps its own number
		{"09", mar, false}, // used in the previous term
		{"30", mar, false}, // used by a state document
	} {
		if _, held := domain.NumberHolder(issued, series, "nq57", tc.p, tc.number); held != tc.held {
			t.Errorf("number %s for %s: held %v, want %v", tc.number, tc.p, held, tc.held)
		}
	}
	if next := domain.NextDocumentNumber(issued, series); next != "13" {
		t.Errorf("next = %q, want 13", next)
	}
	if next := domain.NextDocumentNumber(nil, series); next != "01" {
		t.Errorf("next in an empty series = %q, want 01", next)
	}
}
