package web

import (
	"context"
	"net/http"
	"slices"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

// reportsPage lists the reporting periods of one program year.
type reportsPage struct {
	Page
	Year     int
	Years    []int // every program year, newest first, for switching
	Sections []reportSection
}

// reportSection is one kind of period: the months, the quarters, …
type reportSection struct {
	Title string
	Rows  []reportRow
}

// reportRow is one period as the list shows it.
type reportRow struct {
	Period     domain.Period
	Met, Total int
	NotDue     bool // starts after today: no figures yet
	Running    bool // today falls within it
	Draft      bool // the period has settings of its own
	Current    *domain.IssuedReport
	Superseded int
	Locked     bool
}

func (s *Server) listReports(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	progs, err := s.store.Programs(r.Context(), v.Org.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data := &reportsPage{Page: s.page(r, "Báo cáo", "reports"), Years: reportYears(progs)}
	if len(data.Years) == 0 {
		s.render(w, r, http.StatusOK, "reports", data)
		return
	}
	data.Year = data.Years[0]
	if y, err := strconv.Atoi(r.URL.Query().Get("year")); err == nil && slices.Contains(data.Years, y) {
		data.Year = y
	}
	rows, err := s.reportRows(r.Context(), v.Org.ID, data.Year)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Sections = reportSections(rows)
	s.render(w, r, http.StatusOK, "reports", data)
}

// reportYears lists the years the organisation has programs for, newest first.
func reportYears(progs []domain.Program) []int {
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

// reportYearPeriods lists the periods of a year in the order the list shows them:
// the months, the quarters, the halves, the year.
func reportYearPeriods(year int) []domain.Period {
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

func reportSections(rows []reportRow) []reportSection {
	titles := map[domain.PeriodKind]string{domain.Month: "Báo cáo tháng", domain.Quarter: "Báo cáo quý",
		domain.Half: "Báo cáo 6 tháng", domain.Year: "Báo cáo năm"}
	var out []reportSection
	for _, row := range rows {
		title := titles[row.Period.Kind]
		if len(out) == 0 || out[len(out)-1].Title != title {
			out = append(out, reportSection{Title: title})
		}
		out[len(out)-1].Rows = append(out[len(out)-1].Rows, row)
	}
	return out
}

// reportRows gathers, for every period of the year, its figures, draft,
// issues and lock. The progress is read once for the whole year; each
// period's statuses come from it by statusesAt, the dashboard's rule.
func (s *Server) reportRows(ctx context.Context, orgID int64, year int) ([]reportRow, error) {
	prog, err := s.store.ProgramForYear(ctx, orgID, year)
	if err != nil {
		return nil, err
	}
	records, err := s.store.ProgressUpTo(ctx, prog.ID, domain.Period{Kind: domain.Year, Year: year})
	if err != nil {
		return nil, err
	}
	drafts, err := s.store.ReportSettingsPeriods(ctx, orgID, reportKind)
	if err != nil {
		return nil, err
	}
	issued, err := s.store.IssuedReports(ctx, orgID, reportKind)
	if err != nil {
		return nil, err
	}
	locks, err := s.store.PeriodLocks(ctx, orgID)
	if err != nil {
		return nil, err
	}
	today := domain.Today(s.now())
	var rows []reportRow
	for _, p := range reportYearPeriods(year) {
		row := reportRow{Period: p, Met: metCount(prog.Statuses(records, p)), Total: prog.CriteriaCount(),
			NotDue: p.Start().After(today), Running: p.Contains(today), Draft: slices.Contains(drafts, p)}
		row.Current, row.Superseded = reportIssuesOf(issued, p)
		row.Locked = slices.ContainsFunc(locks, func(l domain.PeriodLock) bool { return l.Period == p })
		rows = append(rows, row)
	}
	return rows, nil
}

// reportIssuesOf returns the current issue of a period (nil if none) and how many
// earlier issues it superseded.
func reportIssuesOf(issued []domain.IssuedReport, p domain.Period) (*domain.IssuedReport, int) {
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
