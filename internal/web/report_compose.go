package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// reportPage is the compose page of one period: the figures from data, the
// settings in a form (or read-only), the preview, downloads, issue and lock.
type reportPage struct {
	Page
	Period   domain.Period
	Figures  reportFigures
	Settings domain.ReportSettings // effective: the defaults with the period's own laid over them
	Own      domain.ReportSettings // what the period stores itself
	Form     reportForm
	Errors   fieldErrors
	Issue    issueForm
	Unlock   unlockForm
	Locked   bool
	Lock     domain.PeriodLock
	Issued   []domain.IssuedReport // this period's issues, newest first
	NotDue   bool
	Problem  string // why a write was refused when no form on the page can say it (a lock)
}

// reportFigures are the numbers the report computes from data.
type reportFigures struct {
	Met, Total, Meetings, Submissions int
	Program                           string
}

type issueForm struct {
	Number, Date string
	Errors       fieldErrors
}

type unlockForm struct {
	Reason string
	Errors fieldErrors
}

// Editable reports whether the form may be changed: the user may compose and
// the period is open.
func (p reportPage) Editable() bool { return p.Can(domain.ActComposeReport) && !p.Locked }

// Overrides reports whether the period stores its own value for a field,
// rather than the default.
func (p reportPage) Overrides(field string) bool {
	o := p.Own
	switch field {
	case "authority":
		return o.Authority != ""
	case "position":
		return o.Position != ""
	case "signer":
		return o.Signer != ""
	case "recipients":
		return len(o.Recipients) > 0
	case "basis":
		return o.Basis != ""
	case "assessment":
		return o.Assessment != ""
	case "recommendations":
		return o.Recommendations != ""
	}
	return false
}

// NumberText is the number as the document writes it ("12-BC/ĐU").
func (p reportPage) NumberText(number string) string { return reportNumber(p.Settings, number) }

// composeData gathers the compose page of p with the form filled from the
// stored settings.
func (s *Server) composeData(r *http.Request, p domain.Period) (*reportPage, error) {
	v := mustViewer(r)
	ctx := r.Context()
	in, err := s.reportInput(r, s.store, p)
	if err != nil {
		return nil, err
	}
	own, _, err := s.store.OwnReportSettings(ctx, v.Org.ID, reportKind, p)
	if err != nil {
		return nil, err
	}
	data := &reportPage{
		Page: s.page(r, "Báo cáo "+p.Words(), "reports"), Period: p, Settings: in.Settings, Own: own,
		Form: reportFormOf(in.Settings), Errors: fieldErrors{},
		Figures: reportFigures{Met: in.MetCount(), Total: in.Program.CriteriaCount(), Meetings: len(in.Meetings),
			Submissions: len(in.Submissions), Program: in.Program.Number},
		Issue:  issueForm{Number: in.Settings.Number, Errors: fieldErrors{}},
		Unlock: unlockForm{Errors: fieldErrors{}},
		NotDue: p.Start().After(s.reportToday()),
	}
	data.Issue.Date = data.Form.Date
	if data.Lock, err = s.store.PeriodLock(ctx, v.Org.ID, p); err == nil {
		data.Locked = true
	} else if !domain.IsNotFound(err) {
		return nil, err
	}
	issued, err := s.store.IssuedReports(ctx, v.Org.ID, reportKind)
	if err != nil {
		return nil, err
	}
	for _, ir := range issued {
		if ir.Period == p {
			data.Issued = append(data.Issued, ir)
		}
	}
	return data, nil
}

func (s *Server) composeReport(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	data, err := s.composeData(r, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "report", data)
}
