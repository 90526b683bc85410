package web

import (
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
)

// reportPage is the compose page of one period: the figures from data, the
// settings in a form (or read-only), the preview, downloads, issue and lock.
type reportPage struct {
	Page
	reporting.Compose
	Form    reporting.PeriodForm
	Errors  fieldErrors
	Issue   issueForm
	Unlock  unlockForm
	Problem string // why a write was refused when no form on the page can say it (a lock, a newer save)
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
func (p reportPage) NumberText(number string) string { return reporting.NumberText(p.Settings, number) }

// composeData gathers the compose page of p with the forms filled from the
// stored settings.
func (s *Server) composeData(r *http.Request, p domain.Period) (*reportPage, error) {
	c, err := s.uc.reporting.Compose(r.Context(), actorOf(r), p)
	if err != nil {
		return nil, err
	}
	form := reporting.PeriodFormOf(c.Settings, c.Own.Version)
	return &reportPage{
		Page: s.page(r, "Báo cáo "+p.Words(), "reports"), Compose: c, Form: form, Errors: fieldErrors{},
		Issue:  issueForm{Number: c.IssueNumber(), Date: form.Date, Errors: fieldErrors{}},
		Unlock: unlockForm{Errors: fieldErrors{}},
	}, nil
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

// readReportForm reads the compose form as typed.
func readReportForm(r *http.Request) reporting.PeriodForm {
	return reporting.PeriodForm{
		Version: formVersion(r), Number: formValue(r, "number"), Date: formValue(r, "date"),
		Authority: formValue(r, "authority"), Position: formValue(r, "position"), Signer: formValue(r, "signer"),
		Recipients: formText(r, "recipients"), Basis: formText(r, "basis"),
		Assessment: strings.TrimSpace(formText(r, "assessment")), Recommendations: strings.TrimSpace(formText(r, "recommendations")),
	}
}
