package reporting

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Compose is what the compose page of one period shows: the figures the
// report computes from data, the settings in force and what the period
// stores itself, its issues and lock, and the number an issue would take.
type Compose struct {
	Period   domain.Period
	Settings domain.ReportSettings // in force: the defaults with the period's own laid over them
	Own      domain.ReportSettings // what the period stores itself; Version 0 when nothing
	Figures  Figures
	Locked   bool
	Lock     domain.PeriodLock
	Issued   []domain.IssuedReport // this period's issues, newest first
	NotDue   bool                  // the period starts after today
	Series   domain.NumberSeries   // the series an issue today would be numbered in
	Next     string                // the next number free in Series: "13"
	Filing   domain.Filing         // the report as submitted to the province, when Filed
	Filed    bool                  // the period's report was submitted to the province
}

// Accepted reports whether the province accepted the period's report: its
// data stay locked for good.
func (c Compose) Accepted() bool { return c.Filed && c.Filing.Status == domain.FilingAccepted }

// Returned reports whether the province returned the report for correction.
func (c Compose) Returned() bool { return c.Filed && c.Filing.Status == domain.FilingReturned }

// Figures are the numbers the report computes from data.
type Figures struct {
	Met, Total, Meetings, Submissions int
	Program                           string
}

// IssueNumber is the number the issue form starts with: the draft's own, or
// the next free one.
func (c Compose) IssueNumber() string {
	if c.Settings.Number != "" {
		return c.Settings.Number
	}
	return c.Next
}

// Compose gathers the compose page of period p.
func (s *Service) Compose(ctx context.Context, a usecase.Actor, p domain.Period) (Compose, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Compose{}, err
	}
	st := s.env.Store
	in, err := assemble.Input(ctx, st, a.Org, p, s.env.Now())
	if err != nil {
		return Compose{}, err
	}
	c := Compose{Period: p, Settings: in.Settings, NotDue: p.Start().After(s.today()),
		Figures: Figures{Met: in.MetCount(), Total: in.Program.CriteriaCount(), Meetings: len(in.Meetings),
			Submissions: len(in.Submissions), Program: in.Program.Number}}
	if c.Own, _, err = st.OwnReportSettings(ctx, a.Org.ID, Kind, p); err != nil {
		return Compose{}, err
	}
	if c.Lock, err = st.PeriodLock(ctx, a.Org.ID, p); err == nil {
		c.Locked = true
	} else if !domain.IsNotFound(err) {
		return Compose{}, err
	}
	if c.Filing, err = st.FilingOf(ctx, a.Org.ID, Kind, p); err == nil {
		c.Filed = true
	} else if !domain.IsNotFound(err) {
		return Compose{}, err
	}
	numbered, err := st.NumberedReports(ctx, a.Org.ID)
	if err != nil {
		return Compose{}, err
	}
	for _, ir := range numbered {
		if ir.Kind == Kind && ir.Period == p {
			c.Issued = append(c.Issued, ir)
		}
	}
	c.Series = c.Settings.Series(issueDay(c.Settings, s.today()))
	c.Next = domain.NextDocumentNumber(numbered, c.Series)
	return c, nil
}

// issueDay is the date an issue would most likely bear: the draft's, or today.
func issueDay(rs domain.ReportSettings, today time.Time) time.Time {
	if !rs.Date.IsZero() {
		return rs.Date
	}
	return today
}
