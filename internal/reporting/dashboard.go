package reporting

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/usecase"
)

// Dashboard is the overview of one period: criteria met by group and month
// by month, criteria still without data by lead, open tasks and where the
// period's report stands.
type Dashboard struct {
	Period    domain.Period
	Program   domain.Program
	NoProgram bool
	Offer     []domain.Period // months of the newest program, when the period's year has none
	Met       int
	Total     int
	NoData    int
	Groups    []GroupFigure
	Monthly   []MonthFigure // met at the end of each month of the year, up to the period
	Missing   []MissingGroup
	Units     []domain.Unit
	OpenTasks []domain.MeetingTask
	Report    ReportDue
}

// GroupFigure is how many criteria of a group are met.
type GroupFigure struct {
	Numeral, Name string
	Met, Total    int
}

// MonthFigure is how many criteria are met at the end of a month.
type MonthFigure struct {
	Month domain.Period
	Met   int
}

// MissingGroup is the criteria without data that one lead names.
type MissingGroup struct {
	Lead     string  // the lead role as written
	UnitIDs  []int64 // the units the role names
	Own      bool    // the signed-in staff member's unit leads them
	Criteria []MissingCriterion
}

// MissingCriterion is a criterion without data in the period.
type MissingCriterion struct {
	Ref  string // "I.3"
	Text string
}

// Dashboard gathers the overview of period p for the actor: a unit's staff
// member sees the criteria their unit leads first.
func (s *Service) Dashboard(ctx context.Context, a usecase.Actor, p domain.Period) (Dashboard, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Dashboard{}, err
	}
	st := s.env.Store
	d := Dashboard{Period: p}
	var err error
	if d.Units, err = st.Units(ctx, a.Org.ID); err != nil {
		return Dashboard{}, fmt.Errorf("dashboard units: %w", err)
	}
	if d.OpenTasks, err = st.OpenTasks(ctx, a.Org.ID); err != nil {
		return Dashboard{}, fmt.Errorf("dashboard tasks: %w", err)
	}
	if d.Report, err = s.reportDue(ctx, a.Org, p); err != nil {
		return Dashboard{}, fmt.Errorf("dashboard report due: %w", err)
	}
	d.Program, err = st.ProgramForYear(ctx, a.Org.ID, p.Year)
	if domain.IsNotFound(err) {
		return d, s.offerNewestProgram(ctx, &d, a.Org.ID)
	}
	if err != nil {
		return Dashboard{}, fmt.Errorf("dashboard program: %w", err)
	}
	return d, s.figures(ctx, &d, a.StaffUnit())
}

// figures fills in the criteria figures of the period from one load of the
// program's progress.
func (s *Service) figures(ctx context.Context, d *Dashboard, ownUnit int64) error {
	prog, p := d.Program, d.Period
	records, err := s.env.Store.ProgressUpTo(ctx, prog.ID, p)
	if err != nil {
		return fmt.Errorf("dashboard progress: %w", err)
	}
	statuses := prog.Statuses(records, p)
	d.Groups = groupFigures(prog, statuses)
	for _, g := range d.Groups {
		d.Met, d.Total = d.Met+g.Met, d.Total+g.Total
	}
	for _, st := range statuses {
		if st == domain.NoData {
			d.NoData++
		}
	}
	for m := 1; m <= p.LastMonth(); m++ {
		month := domain.Period{Kind: domain.Month, Year: p.Year, N: m}
		d.Monthly = append(d.Monthly, MonthFigure{Month: month, Met: MetCount(prog.Statuses(records, month))})
	}
	d.Missing = missingByLead(prog, statuses, ownUnit)
	return nil
}

// groupFigures counts the met criteria of each group.
func groupFigures(prog domain.Program, statuses map[int64]domain.Status) []GroupFigure {
	out := make([]GroupFigure, 0, len(prog.Groups))
	for _, g := range prog.Groups {
		f := GroupFigure{Numeral: g.Numeral, Name: g.Name, Total: len(g.Criteria)}
		for _, c := range g.Criteria {
			if statuses[c.ID] == domain.Met {
				f.Met++
			}
		}
		out = append(out, f)
	}
	return out
}

// missingByLead lists the criteria with no data in the period, grouped by
// their lead role as written, in program order, with the groups that
// ownUnit leads first.
func missingByLead(prog domain.Program, statuses map[int64]domain.Status, ownUnit int64) []MissingGroup {
	var groups []MissingGroup
	index := map[string]int{}
	for _, g := range prog.Groups {
		for _, c := range g.Criteria {
			if statuses[c.ID] != domain.NoData {
				continue
			}
			lead := c.Roles.Lead.Text
			if lead == "" {
				lead = "Chưa ghi đơn vị chủ trì"
			}
			i, seen := index[lead]
			if !seen {
				i, index[lead] = len(groups), len(groups)
				mg := MissingGroup{Lead: lead, UnitIDs: c.Roles.Lead.UnitIDs}
				for _, id := range mg.UnitIDs {
					mg.Own = mg.Own || (ownUnit != 0 && id == ownUnit)
				}
				groups = append(groups, mg)
			}
			groups[i].Criteria = append(groups[i].Criteria, MissingCriterion{Ref: domain.CriterionKey(g, c), Text: c.Text})
		}
	}
	own, others := []MissingGroup{}, []MissingGroup{}
	for _, mg := range groups {
		if mg.Own {
			own = append(own, mg)
		} else {
			others = append(others, mg)
		}
	}
	return append(own, others...)
}

// offerNewestProgram notes that the period's year has no program and offers
// the months of the newest program there is, if any.
func (s *Service) offerNewestProgram(ctx context.Context, d *Dashboard, orgID int64) error {
	d.NoProgram = true
	programs, err := s.env.Store.Programs(ctx, orgID)
	if err != nil {
		return fmt.Errorf("dashboard programs: %w", err)
	}
	if len(programs) > 0 {
		d.Offer = domain.Period{Kind: domain.Year, Year: programs[0].Year}.Months()
	}
	return nil
}

// ReportDue is where the report of a period stands.
type ReportDue struct {
	Period   domain.Period
	Due      time.Time
	Issued   bool
	Number   string
	IssuedOn time.Time // the date on the document
	DaysLeft int       // from today to the due day; negative when late
	Request  string    // the province's request that sets the due day: "Công văn số 202-CV/UBKTTU"; "" for the settings' due day
	// workingDaysLate is, for a report the province asked for and not
	// issued by its due day, how many working days late it is, counted as
	// the province's completeness grid counts them (domain.CellOf).
	workingDaysLate int
}

// Late reports whether the due day has passed without an issued report.
func (d ReportDue) Late() bool { return !d.Issued && d.DaysLeft < 0 }

// DaysLate is how many days past the due day the report is: working days
// on the province's calendar when its request set the due day (as the
// province sees it), calendar days otherwise.
func (d ReportDue) DaysLate() int {
	if d.WorkingDays() {
		return d.workingDaysLate
	}
	return -d.DaysLeft
}

// WorkingDays reports whether DaysLate counts working days.
func (d ReportDue) WorkingDays() bool { return d.workingDaysLate > 0 }

// reportDue says where org's report of period p stands: due by the
// province's request that asks for it when one does, else by the due day
// of the organisation's settings.
func (s *Service) reportDue(ctx context.Context, org domain.Org, p domain.Period) (ReportDue, error) {
	st := s.env.Store
	due, request, err := s.dueDay(ctx, org, p)
	if err != nil {
		return ReportDue{}, err
	}
	d := ReportDue{Period: p, Due: due, DaysLeft: int(due.Sub(s.today()).Hours() / 24), Request: request}
	if request != "" && d.DaysLeft < 0 {
		cal, err := requests.Calendar(ctx, st, org.ParentID)
		if err != nil {
			return d, err
		}
		d.workingDaysLate = domain.CellOf(nil, true, due, s.today(), cal).Days
	}
	issued, err := st.IssuedReports(ctx, org.ID, Kind)
	if err != nil {
		return d, err
	}
	if current, _ := issuesOf(issued, p); current != nil {
		d.Issued, d.Number, d.IssuedOn = true, current.Number, current.DocDate
	}
	return d, nil
}

// dueDay is the day org's report of period p is due: by the request that
// asks for it (named: "Công văn số 202-CV/UBKTTU"), or by the settings'
// due day.
func (s *Service) dueDay(ctx context.Context, org domain.Org, p domain.Period) (time.Time, string, error) {
	st := s.env.Store
	if r, due, ok, err := requests.DueFor(ctx, st, org, p); err != nil || ok {
		return due, r.DocType + " số " + r.DocNumber, err
	}
	settings, err := st.ReportSettings(ctx, org.ID, Kind, p)
	if err != nil {
		return time.Time{}, "", err
	}
	return settings.Due(p), "", nil
}
