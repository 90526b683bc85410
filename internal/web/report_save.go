package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// saveReport stores what the composer typed as the period's own settings.
func (s *Server) saveReport(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	form, errs := readReportForm(r), fieldErrors{}
	if err := s.uc.reporting.SavePeriod(r.Context(), actorOf(r), p, form); err != nil {
		s.refuseReport(w, r, p, func(data *reportPage) { data.Form, data.Errors = form, errs }, errs, err)
		return
	}
	redirectWithFlash(w, r, reportPath(p), "Đã lưu nội dung báo cáo "+p.Words()+".")
}

// refuseReport shows the compose page again, with the user's input, after a
// refused write: 422 for a bad form, 409 for a locked period or a save made
// against an older version, the error page for anything else. errs is the
// error list of the form that was sent, which keep puts on the page with the
// rest of the input; a conflict goes to the top of the page, since the lock
// may hide that form.
func (s *Server) refuseReport(w http.ResponseWriter, r *http.Request, p domain.Period, keep func(*reportPage), errs fieldErrors, err error) {
	switch code := domain.ErrorCode(err); {
	case code == domain.Conflict || code == domain.Stale:
		s.composeAgain(w, r, http.StatusConflict, p, func(data *reportPage) {
			keep(data)
			data.Problem = err.Error()
			// What was typed stays; saving it again is now a deliberate
			// choice over the newer version the message names.
			data.Form.Version = data.Own.Version
		})
	case errs.fromDomain(err):
		s.composeAgain(w, r, http.StatusUnprocessableEntity, p, keep)
	default:
		s.fail(w, r, err)
	}
}

// composeAgain shows the compose page of p as it stands, with what keep puts
// back of a refused write. The page is gathered only here, once a write has
// been refused: a write that succeeds redirects and needs none of it.
func (s *Server) composeAgain(w http.ResponseWriter, r *http.Request, status int, p domain.Period, keep func(*reportPage)) {
	data, err := s.composeData(r, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	keep(data)
	s.render(w, r, status, "report", data)
}
