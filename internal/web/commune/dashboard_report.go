package commune

import "github.com/nq57/nq57/internal/reporting"

// reportDue is where the report of the dashboard's period stands, with the
// link to its compose page.
type reportDue struct {
	reporting.ReportDue
	Href string
}
