package web

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// reportDue is where the report of the dashboard's period stands.
type reportDue struct {
	Period   domain.Period
	Due      time.Time
	Issued   bool
	Number   string
	IssuedOn time.Time // the date on the document
	DaysLeft int       // from today to the due day; negative when late
	Href     string
}

// Late reports whether the due day has passed without an issued report.
func (d reportDue) Late() bool { return !d.Issued && d.DaysLeft < 0 }

// DaysLate is how many days past the due day the report is.
func (d reportDue) DaysLate() int { return -d.DaysLeft }

func (s *Server) reportDueOf(ctx context.Context, orgID int64, p domain.Period) (reportDue, error) {
	settings, err := s.store.ReportSettings(ctx, orgID, domain.ReportKindNQ57Monthly, p)
	if err != nil {
		return reportDue{}, err
	}
	due := settings.Due(p)
	d := reportDue{Period: p, Due: due, Href: "/reports/" + p.String(),
		DaysLeft: int(due.Sub(domain.Today(s.now())).Hours() / 24)}
	issued, err := s.store.IssuedReports(ctx, orgID, domain.ReportKindNQ57Monthly)
	if err != nil {
		return d, err
	}
	for _, ir := range issued {
		if ir.Period == p && ir.SupersededAt.IsZero() {
			d.Issued, d.Number, d.IssuedOn = true, ir.Number, ir.DocDate
			break
		}
	}
	return d, nil
}
