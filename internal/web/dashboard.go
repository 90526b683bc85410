package web

import (
	"context"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// dashboardPage is the overview of one period: criteria met by group, met
// month by month, criteria still without data by unit, overdue tasks and the
// report due.
type dashboardPage struct {
	Page
	Period    domain.Period
	Months    []domain.Period // the months of the period's year, to pick another
	Program   domain.Program
	NoProgram bool
	Offer     []domain.Period // months of the newest program, when the period's year has none
	Met       int
	Total     int
	NoData    int
	Groups    []groupFigure
	Chart     barChart
	Missing   []missingGroup
	Overdue   []taskRow
	OpenTasks int
	Report    reportDue
}

func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) {
	p, err := periodParam(r, s.defaultPeriod())
	if err != nil {
		s.badRequest(w, r, err.Error())
		return
	}
	data, err := s.dashboardData(r, p)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "dashboard", data)
}

func (s *Server) dashboardData(r *http.Request, p domain.Period) (*dashboardPage, error) {
	v := mustViewer(r)
	ctx := r.Context()
	data := &dashboardPage{Page: s.page(r, "Tổng quan "+p.Words(), "dashboard"), Period: p,
		Months: domain.Period{Kind: domain.Year, Year: p.Year}.Months()}
	units, err := s.store.Units(ctx, v.Org.ID)
	if err != nil {
		return nil, fmt.Errorf("dashboard units: %w", err)
	}
	names := unitNames(units)
	if err := s.dashboardTasks(ctx, data, v.Org.ID, names); err != nil {
		return nil, err
	}
	if data.Report, err = s.reportDueOf(ctx, v.Org.ID, p); err != nil {
		return nil, fmt.Errorf("dashboard report due: %w", err)
	}
	data.Program, err = s.store.ProgramForYear(ctx, v.Org.ID, p.Year)
	if domain.IsNotFound(err) {
		return data, s.offerNewestProgram(ctx, data, v.Org.ID)
	}
	if err != nil {
		return nil, fmt.Errorf("dashboard program: %w", err)
	}
	ownUnit := int64(0)
	if v.User.Role == domain.RoleStaff {
		ownUnit = v.User.UnitID
	}
	return data, s.dashboardFigures(ctx, data, names, ownUnit)
}

// dashboardFigures fills in the criteria figures of the period from one load
// of the program's progress.
func (s *Server) dashboardFigures(ctx context.Context, data *dashboardPage, names map[int64]string, ownUnit int64) error {
	prog, p := data.Program, data.Period
	records, err := s.store.ProgressUpTo(ctx, prog.ID, p)
	if err != nil {
		return fmt.Errorf("dashboard progress: %w", err)
	}
	statuses := prog.Statuses(records, p)
	data.Groups = groupFigures(prog, statuses)
	for _, g := range data.Groups {
		data.Met, data.Total = data.Met+g.Met, data.Total+g.Total
	}
	for _, st := range statuses {
		if st == domain.NoData {
			data.NoData++
		}
	}
	data.Missing = missingByLead(prog, statuses, names, ownUnit, p)
	data.Chart = newBarChart("met-chart",
		fmt.Sprintf("Số tiêu chí đạt theo tháng, năm %d", p.Year),
		fmt.Sprintf("Biểu đồ cột: số tiêu chí đạt (cộng dồn) cuối mỗi tháng, từ tháng 1 đến %s, trên tổng số %d tiêu chí của chương trình %s. Số liệu chi tiết ở bảng ngay sau biểu đồ.",
			p.Words(), data.Total, prog.Number),
		monthlyMet(prog, records, p))
	return nil
}

func (s *Server) dashboardTasks(ctx context.Context, data *dashboardPage, orgID int64, names map[int64]string) error {
	open, err := s.store.OpenTasks(ctx, orgID)
	if err != nil {
		return fmt.Errorf("dashboard tasks: %w", err)
	}
	data.OpenTasks = len(open)
	data.Overdue = overdueOnly(openTaskRows(open, names, s.now()))
	return nil
}

// offerNewestProgram notes that the period's year has no program and offers
// the months of the newest program there is, if any.
func (s *Server) offerNewestProgram(ctx context.Context, data *dashboardPage, orgID int64) error {
	data.NoProgram = true
	programs, err := s.store.Programs(ctx, orgID)
	if err != nil {
		return fmt.Errorf("dashboard programs: %w", err)
	}
	if len(programs) > 0 {
		data.Offer = domain.Period{Kind: domain.Year, Year: programs[0].Year}.Months()
	}
	return nil
}
