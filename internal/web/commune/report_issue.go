package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/web/ui"
)

// IssueReport issues the period's report (number and date set, documents
// kept, period locked) through the reporting use case.
func (h *Handlers) IssueReport(w http.ResponseWriter, r *http.Request) {
	p, ok := h.reportPathPeriod(w, r)
	if !ok {
		return
	}
	issue := issueForm{Number: ui.Value(r, "number"), Date: ui.Value(r, "date"), Errors: ui.Errors{}}
	issued, err := h.uc.Reporting.Issue(r.Context(), ui.ActorOf(r), p, reporting.IssueForm{Number: issue.Number, Date: issue.Date})
	if err != nil {
		h.refuseReport(w, r, p, func(data *reportPage) { data.Issue = issue }, issue.Errors, err)
		return
	}
	ui.Redirect(w, r, reportPath(p), "Đã ban hành báo cáo số "+issued.NumberText()+
		" ngày "+issued.Report.DocDate.Format("02/01/2006")+"; số liệu "+p.Words()+" đã khóa.")
}
