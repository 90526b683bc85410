package filings

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Filter narrows the completeness page: the communes of a type, those with
// a period in a state; zero values keep everyone.
type Filter struct {
	Type   domain.CommuneType
	Status domain.CellState
}

// Sorts of the completeness page.
const (
	SortName     = "name"     // by name, as Vietnamese sorts
	SortLateness = "lateness" // the latest and most overdue first
)

// Completeness is the province's page of who reported each period of a
// year, and on time, computed from the filings as they stand.
type Completeness struct {
	Province  domain.Org
	Year      int
	Frequency domain.PeriodKind
	Periods   []domain.Period
	Rows      []Row
	Totals    []PeriodTotals // one per period, over the communes of the type filtered
	Today     time.Time
	Filter    Filter
	Sort      string
}

// Row is one commune and its cells, one per period.
type Row struct {
	Commune  domain.Org
	Cells    []domain.Cell
	Lateness int // the sum of its cells' lateness
}

// PeriodTotals are a period's counts: the reports expected by now (asked
// for and due, or submitted already), submitted, on time and accepted.
type PeriodTotals struct {
	Period                                domain.Period
	Expected, Submitted, OnTime, Accepted int
}

// Rate writes n as a share of the expected reports: "83 %", "—" when none
// is expected.
func (t PeriodTotals) Rate(n int) string {
	if t.Expected == 0 {
		return "—"
	}
	return fmt.Sprintf("%d %%", (100*n+t.Expected/2)/t.Expected)
}

// Percent is n as a whole percentage of the expected reports (0 when none).
func (t PeriodTotals) Percent(n int) int {
	if t.Expected == 0 {
		return 0
	}
	return (100*n + t.Expected/2) / t.Expected
}

// CompletenessOf returns the actor's province's completeness page of a
// year: every active commune × each period of the year, in the frequency
// the province's requests ask for. It reads the communes, the requests, the
// calendar and the year's filings once each, and computes the rest.
func (s *Service) CompletenessOf(ctx context.Context, a usecase.Actor, year int, filter Filter, sort string) (Completeness, error) {
	if err := a.Require(domain.ActProvinceView); err != nil {
		return Completeness{}, err
	}
	if year < 2000 || year > 2100 {
		return Completeness{}, domain.InvalidInput("Năm chưa hợp lệ.", []domain.Problem{{Field: "year", Message: "Chọn một năm từ 2000 đến 2100."}})
	}
	if sort != SortLateness {
		sort = SortName
	}
	st := s.env.Store
	d, err := loadProvince(ctx, st, a.Org.ID, year)
	if err != nil {
		return Completeness{}, err
	}
	today := domain.Today(s.env.Now())
	c := Completeness{Province: a.Org, Year: year, Frequency: d.frequency(), Today: today, Filter: filter, Sort: sort}
	c.Periods = yearPeriods(year, c.Frequency)
	for _, p := range c.Periods {
		c.Totals = append(c.Totals, PeriodTotals{Period: p})
	}
	for _, commune := range d.communes {
		if filter.Type != "" && commune.Type != filter.Type {
			continue
		}
		row := d.row(commune, c.Periods, today)
		for i, cell := range row.Cells {
			c.Totals[i].add(cell)
		}
		if filter.Status == "" || slices.ContainsFunc(row.Cells, func(x domain.Cell) bool { return x.State == filter.Status }) {
			c.Rows = append(c.Rows, row)
		}
	}
	if sort == SortLateness {
		slices.SortStableFunc(c.Rows, func(x, y Row) int { return y.Lateness - x.Lateness })
	}
	return c, nil
}

func (t *PeriodTotals) add(c domain.Cell) {
	if !c.Expected() {
		return
	}
	t.Expected++
	if c.Submitted() {
		t.Submitted++
		if c.OnTime {
			t.OnTime++
		}
	}
	if c.State == domain.CellAccepted {
		t.Accepted++
	}
}

// provinceData is what the page is computed from.
type provinceData struct {
	communes []domain.Org // active, by name
	requests []domain.ReportRequest
	cal      domain.WorkingDayCounter
	filings  map[string]*domain.Filing // by commune ID and period
}

func loadProvince(ctx context.Context, st *storage.Store, provinceID int64, year int) (provinceData, error) {
	var d provinceData
	orgs, err := st.Orgs(ctx, provinceID)
	if err != nil {
		return d, err
	}
	for _, o := range orgs {
		if o.Active() && o.Level == domain.LevelCommune {
			d.communes = append(d.communes, o)
		}
	}
	if d.requests, err = st.Requests(ctx, provinceID, Kind); err != nil {
		return d, err
	}
	if d.cal, err = requests.Calendar(ctx, st, provinceID); err != nil {
		return d, err
	}
	list, err := st.ProvinceFilings(ctx, provinceID, Kind, year)
	if err != nil {
		return d, err
	}
	d.filings = make(map[string]*domain.Filing, len(list))
	for i := range list {
		d.filings[filingKey(list[i].CommuneID, list[i].Period)] = &list[i]
	}
	return d, nil
}

func filingKey(communeID int64, p domain.Period) string { return itoa(communeID) + "/" + p.String() }

// frequency is the frequency of the request issued last and not closed;
// monthly when there is none.
func (d provinceData) frequency() domain.PeriodKind {
	var last domain.ReportRequest
	for _, r := range d.requests {
		if r.ClosedAt.IsZero() && !r.IssuedAt.IsZero() && r.IssuedAt.After(last.IssuedAt) {
			last = r
		}
	}
	if last.Frequency == "" {
		return domain.Month
	}
	return last.Frequency
}

func (d provinceData) row(commune domain.Org, periods []domain.Period, today time.Time) Row {
	row := Row{Commune: commune}
	for _, p := range periods {
		r, requested := domain.ApplyingRequest(d.requests, commune, p)
		var due time.Time
		if requested {
			due = r.Due(p, d.cal)
		}
		cell := domain.CellOf(d.filings[filingKey(commune.ID, p)], requested, due, today, d.cal)
		row.Cells = append(row.Cells, cell)
		row.Lateness += cell.Lateness()
	}
	return row
}

// yearPeriods lists the periods of a kind in a year.
func yearPeriods(year int, kind domain.PeriodKind) []domain.Period {
	n := map[domain.PeriodKind]int{domain.Month: 12, domain.Quarter: 4, domain.Half: 2}[kind]
	if n == 0 {
		return []domain.Period{{Kind: domain.Year, Year: year}}
	}
	out := make([]domain.Period, n)
	for i := range out {
		out[i] = domain.Period{Kind: kind, Year: year, N: i + 1}
	}
	return out
}

// ShortName names a period in a column head: "T3", "Quý I", "6T đầu", "Năm".
func ShortName(p domain.Period) string {
	switch p.Kind {
	case domain.Month:
		return fmt.Sprintf("T%d", p.N)
	case domain.Quarter, domain.Half:
		return domain.UpperFirst(strings.TrimSuffix(p.Name(), " năm"))
	}
	return "Năm"
}
