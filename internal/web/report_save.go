package web

import (
	"errors"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// saveReport stores what the composer typed as the period's own settings,
// keeping only what differs from the defaults, with its audit entry.
func (s *Server) saveReport(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	form, errs := readReportForm(r), fieldErrors{}
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.RequireOpen(r.Context(), v.Org.ID, p); err != nil {
			return err
		}
		defaults, _, err := tx.OwnReportSettings(r.Context(), v.Org.ID, reportKind, domain.Period{})
		if err != nil {
			return err
		}
		own, had, err := tx.OwnReportSettings(r.Context(), v.Org.ID, reportKind, p)
		if err != nil {
			return err
		}
		next := form.settings(errs, own, defaults, p)
		if errs.any() {
			return errReportFormInvalid
		}
		if err := tx.SaveReportSettings(r.Context(), next); err != nil {
			return err
		}
		return s.audit(tx, r, "report.settings", "báo cáo "+p.String(), reportSettingsAudit(own, had), reportSettingsAudit(next, true), "")
	})
	if err != nil {
		s.refuseReport(w, r, p, func(data *reportPage) { data.Form, data.Errors = form, errs }, errs, err)
		return
	}
	redirectWithFlash(w, r, reportPath(p), "Đã lưu nội dung báo cáo "+p.Words()+".")
}

// errReportFormInvalid stops a transaction when the form has errors; the errors
// themselves are in the page's fieldErrors.
var errReportFormInvalid = domain.Errorf(domain.Invalid, "Biểu mẫu còn lỗi, chưa lưu gì.")

// refuseReport shows the compose page again, with the user's input, after a
// refused write: 422 for a bad form, 409 for a locked period, the error page
// for anything else. errs is the error list of the form that was sent, which
// keep puts on the page with the rest of the input; a conflict goes to the
// top of the page, since the lock may hide that form.
func (s *Server) refuseReport(w http.ResponseWriter, r *http.Request, p domain.Period, keep func(*reportPage), errs fieldErrors, err error) {
	switch {
	case errors.Is(err, errReportFormInvalid):
		s.composeAgain(w, r, http.StatusUnprocessableEntity, p, keep)
	case domain.ErrorCode(err) == domain.Conflict:
		s.composeAgain(w, r, http.StatusConflict, p, func(data *reportPage) {
			keep(data)
			data.Problem = err.Error()
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

// reportSettingsRecord is how a period's own settings appear in the audit log.
type reportSettingsRecord struct {
	Number          string   `json:"number,omitempty"`
	Date            string   `json:"date,omitempty"`
	Authority       string   `json:"authority,omitempty"`
	Position        string   `json:"position,omitempty"`
	Signer          string   `json:"signer,omitempty"`
	Recipients      []string `json:"recipients,omitempty"`
	Basis           string   `json:"basis,omitempty"`
	Assessment      string   `json:"assessment,omitempty"`
	Recommendations string   `json:"recommendations,omitempty"`
}

// reportSettingsAudit returns the record of rs, or nil when there was none (so the
// log shows nothing before the first save).
func reportSettingsAudit(rs domain.ReportSettings, exists bool) any {
	if !exists {
		return nil
	}
	return reportSettingsRecordOf(rs)
}

// reportSettingsRecordOf is the record of the fields a period may set itself.
func reportSettingsRecordOf(rs domain.ReportSettings) reportSettingsRecord {
	rec := reportSettingsRecord{Number: rs.Number, Authority: rs.Authority, Position: rs.Position, Signer: rs.Signer,
		Recipients: rs.Recipients, Basis: rs.Basis, Assessment: rs.Assessment, Recommendations: rs.Recommendations}
	if !rs.Date.IsZero() {
		rec.Date = rs.Date.Format("02/01/2006")
	}
	return rec
}
