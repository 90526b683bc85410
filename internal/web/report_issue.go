package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/reporting"
)

// issueReport issues the period's report (number and date set, documents
// kept, period locked) through the reporting use case.
func (s *Server) issueReport(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	issue := issueForm{Number: formValue(r, "number"), Date: formValue(r, "date"), Errors: fieldErrors{}}
	issued, err := s.uc.reporting.Issue(r.Context(), actorOf(r), p, reporting.IssueForm{Number: issue.Number, Date: issue.Date})
	if err != nil {
		s.refuseReport(w, r, p, func(data *reportPage) { data.Issue = issue }, issue.Errors, err)
		return
	}
	redirectWithFlash(w, r, reportPath(p), "Đã ban hành báo cáo số "+issued.NumberText()+
		" ngày "+issued.Report.DocDate.Format("02/01/2006")+"; số liệu "+p.Words()+" đã khóa.")
}
