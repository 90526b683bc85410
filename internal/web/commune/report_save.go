package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// SaveReport stores what the composer typed as the period's own settings.
func (h *Handlers) SaveReport(w http.ResponseWriter, r *http.Request) {
	p, ok := h.reportPathPeriod(w, r)
	if !ok {
		return
	}
	form, errs := readReportForm(r), ui.Errors{}
	if err := h.uc.Reporting.SavePeriod(r.Context(), ui.ActorOf(r), p, form); err != nil {
		h.refuseReport(w, r, p, func(data *reportPage) { data.Form, data.Errors = form, errs }, errs, err)
		return
	}
	ui.Redirect(w, r, reportPath(p), "Đã lưu nội dung báo cáo "+p.Words()+".")
}

// refuseReport shows the compose page again, with the user's input, after a
// refused write: 422 for a bad form, 409 for a locked period or a save made
// against an older version, the error page for anything else. errs is the
// error list of the form that was sent, which keep puts on the page with the
// rest of the input; a conflict goes to the top of the page, since the lock
// may hide that form.
func (h *Handlers) refuseReport(w http.ResponseWriter, r *http.Request, p domain.Period, keep func(*reportPage), errs ui.Errors, err error) {
	switch code := domain.ErrorCode(err); {
	case code == domain.Conflict || code == domain.Stale:
		h.composeAgain(w, r, http.StatusConflict, p, func(data *reportPage) {
			keep(data)
			data.Problem = err.Error()
			// What was typed stays; saving it again is now a deliberate
			// choice over the newer version the message names.
			data.Form.Version = data.Own.Version
		})
	case errs.FromDomain(err):
		h.composeAgain(w, r, http.StatusUnprocessableEntity, p, keep)
	default:
		h.ui.Fail(w, r, err)
	}
}

// composeAgain shows the compose page of p as it stands, with what keep puts
// back of a refused write. The page is gathered only here, once a write has
// been refused: a write that succeeds redirects and needs none of it.
func (h *Handlers) composeAgain(w http.ResponseWriter, r *http.Request, status int, p domain.Period, keep func(*reportPage)) {
	data, err := h.composeData(r, p)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	keep(data)
	h.ui.Render(w, r, status, "report", data)
}
