package commune

import (
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/web/ui"
)

// reportPage is the compose page of one period: the figures from data, the
// settings in a form (or read-only), the preview, downloads, issue and lock.
type reportPage struct {
	ui.Page
	reporting.Compose
	Form    reporting.PeriodForm
	Errors  ui.Errors
	Issue   issueForm
	Unlock  unlockForm
	Problem string // why a write was refused when no form on the page can say it (a lock, a newer save)
}

type issueForm struct {
	Number, Date string
	Errors       ui.Errors
}

type unlockForm struct {
	Reason string
	Errors ui.Errors
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
func (h *Handlers) composeData(r *http.Request, p domain.Period) (*reportPage, error) {
	c, err := h.uc.Reporting.Compose(r.Context(), ui.ActorOf(r), p)
	if err != nil {
		return nil, err
	}
	form := reporting.PeriodFormOf(c.Settings, c.Own.Version)
	return &reportPage{
		Page: h.ui.Page(r, "Báo cáo "+p.Words(), "reports"), Compose: c, Form: form, Errors: ui.Errors{},
		Issue:  issueForm{Number: c.IssueNumber(), Date: form.Date, Errors: ui.Errors{}},
		Unlock: unlockForm{Errors: ui.Errors{}},
	}, nil
}

// ComposeReport shows the compose page of the period in the URL.
func (h *Handlers) ComposeReport(w http.ResponseWriter, r *http.Request) {
	p, ok := h.reportPathPeriod(w, r)
	if !ok {
		return
	}
	data, err := h.composeData(r, p)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "report", data)
}

// readReportForm reads the compose form as typed.
func readReportForm(r *http.Request) reporting.PeriodForm {
	return reporting.PeriodForm{
		Version: ui.Version(r), Number: ui.Value(r, "number"), Date: ui.Value(r, "date"),
		Authority: ui.Value(r, "authority"), Position: ui.Value(r, "position"), Signer: ui.Value(r, "signer"),
		Recipients: ui.Text(r, "recipients"), Basis: ui.Text(r, "basis"),
		Assessment: strings.TrimSpace(ui.Text(r, "assessment")), Recommendations: strings.TrimSpace(ui.Text(r, "recommendations")),
	}
}
