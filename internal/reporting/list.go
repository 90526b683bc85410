package reporting

import (
	"context"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// List is the reporting periods of one program year.
type List struct {
	Year  int   // the year shown; 0 when the organisation has no program
	Years []int // every program year, newest first, for switching
	Rows  []PeriodRow
}

// PeriodRow is one period as the list shows it.
type PeriodRow struct {
	Period     domain.Period
	Met, Total int
	NotDue     bool // starts after today: no figures yet
	Running    bool // today falls within it
	Draft      bool // the period has settings of its own
	Current    *domain.IssuedReport
	Superseded int
	Locked     bool
}

// List gathers, for every period of a program year (year, or the newest when
// the organisation has no program for year), its figures, draft, issues and
// lock.
func (s *Service) List(ctx context.Context, a usecase.Actor, year int) (List, error) {
	if err := a.Require(domain.ActView); err != nil {
		return List{}, err
	}
	progs, err := s.env.Store.Programs(ctx, a.Org.ID)
	if err != nil {
		return List{}, err
	}
	l := List{Years: programYears(progs)}
	if len(l.Years) == 0 {
		return l, nil
	}
	l.Year = l.Years[0]
	if slices.Contains(l.Years, year) {
		l.Year = year
	}
	l.Rows, err = s.rows(ctx, a.Org.ID, l.Year)
	return l, err
}

// programYears lists the years the organisation has programs for, newest first.
func programYears(progs []domain.Program) []int {
	var years []int
	for _, p := range progs {
		if !slices.Contains(years, p.Year) {
			years = append(years, p.Year)
		}
	}
	slices.Sort(years)
	slices.Reverse(years)
	return years
}

// YearPeriods lists the periods of a year in the order the list shows them:
// the months, the quarters, the halves, the year.
func YearPeriods(year int) []domain.Period {
	var out []domain.Period
	for m := 1; m <= 12; m++ {
		out = append(out, domain.Period{Kind: domain.Month, Year: year, N: m})
	}
	for q := 1; q <= 4; q++ {
		out = append(out, domain.Period{Kind: domain.Quarter, Year: year, N: q})
	}
	out = append(out, domain.Period{Kind: domain.Half, Year: year, N: 1}, domain.Period{Kind: domain.Half, Year: year, N: 2})
	return append(out, domain.Period{Kind: domain.Year, Year: year})
}

// rows gathers the rows of a year. The progress is read once for the whole
// year; each period's statuses come from it by Program.Statuses, the
// dashboard's rule.
func (s *Service) rows(ctx context.Context, orgID int64, year int) ([]PeriodRow, error) {
	st := s.env.Store
	prog, err := st.ProgramForYear(ctx, orgID, year)
	if err != nil {
		return nil, err
	}
	records, err := st.ProgressUpTo(ctx, prog.ID, domain.Period{Kind: domain.Year, Year: year})
	if err != nil {
		return nil, err
	}
	drafts, err := st.ReportSettingsPeriods(ctx, orgID, Kind)
	if err != nil {
		return nil, err
	}
	issued, err := st.IssuedReports(ctx, orgID, Kind)
	if err != nil {
		return nil, err
	}
	locks, err := st.PeriodLocks(ctx, orgID)
	if err != nil {
		return nil, err
	}
	today := s.today()
	var rows []PeriodRow
	for _, p := range YearPeriods(year) {
		row := PeriodRow{Period: p, Met: MetCount(prog.Statuses(records, p)), Total: prog.CriteriaCount(),
			NotDue: p.Start().After(today), Running: p.Contains(today), Draft: slices.Contains(drafts, p)}
		row.Current, row.Superseded = issuesOf(issued, p)
		row.Locked = slices.ContainsFunc(locks, func(l domain.PeriodLock) bool { return l.Period == p })
		rows = append(rows, row)
	}
	return rows, nil
}

// issuesOf returns the current issue of a period (nil if none) and how many
// earlier issues it superseded.
func issuesOf(issued []domain.IssuedReport, p domain.Period) (*domain.IssuedReport, int) {
	var current *domain.IssuedReport
	superseded := 0
	for i := range issued {
		switch {
		case issued[i].Period != p:
		case issued[i].SupersededAt.IsZero():
			current = &issued[i]
		default:
			superseded++
		}
	}
	return current, superseded
}

// MetCount is how many of the statuses are met.
func MetCount(statuses map[int64]domain.Status) int {
	n := 0
	for _, st := range statuses {
		if st == domain.Met {
			n++
		}
	}
	return n
}
