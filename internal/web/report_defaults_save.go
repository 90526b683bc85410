package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// saveReportDefaults stores the organisation's report settings (the zero
// period) with its audit entry. Every period that does not set a field
// itself follows the new value; issued documents are kept as issued.
func (s *Server) saveReportDefaults(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	data, err := s.reportDefaultsData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data.Form = readReportDefaultsForm(r)
	if data.Errors = data.Form.check(data.Example); data.Errors.any() {
		data.Errors.add("", "Chưa lưu: còn lỗi ở các ô được đánh dấu bên dưới.")
		s.render(w, r, http.StatusUnprocessableEntity, "report_defaults", data)
		return
	}
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		stored, had, err := tx.OwnReportSettings(r.Context(), v.Org.ID, reportKind, domain.Period{})
		if err != nil {
			return err
		}
		next := data.Form.settings(stored)
		next.OrgID, next.Kind, next.Period = v.Org.ID, reportKind, domain.Period{}
		if err := tx.SaveReportSettings(r.Context(), next); err != nil {
			return err
		}
		return s.audit(tx, r, "report.defaults", "thiết lập chung của báo cáo",
			reportDefaultsAudit(stored, had), reportDefaultsAudit(next, true), "")
	})
	if err != nil {
		if data.Errors.fromDomain(err) {
			s.render(w, r, http.StatusUnprocessableEntity, "report_defaults", data)
			return
		}
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, "/settings/report", "Đã lưu thiết lập chung của báo cáo. Các kỳ chưa ban hành dùng ngay thiết lập mới.")
}

// reportDefaultsRecord is how the organisation's report settings appear in
// the audit log: the header and the sentences, then what a period may also set.
type reportDefaultsRecord struct {
	Style        string `json:"style,omitempty"`
	SuperiorBody string `json:"superior_body,omitempty"`
	IssuingBody  string `json:"issuing_body,omitempty"`
	Place        string `json:"place,omitempty"`
	Symbol       string `json:"symbol,omitempty"`
	Reporter     string `json:"reporter,omitempty"`
	Receiver     string `json:"receiver,omitempty"`
	Closer       string `json:"closer,omitempty"`
	reportSettingsRecord
}

// reportDefaultsAudit returns the record of rs, or nil when nothing was stored
// (the organisation ran on its starting settings).
func reportDefaultsAudit(rs domain.ReportSettings, exists bool) any {
	if !exists {
		return nil
	}
	return reportDefaultsRecord{Style: string(rs.Style), SuperiorBody: rs.SuperiorBody, IssuingBody: rs.IssuingBody,
		Place: rs.Place, Symbol: rs.Symbol, Reporter: rs.Reporter, Receiver: rs.Receiver, Closer: rs.Closer,
		reportSettingsRecord: reportSettingsRecordOf(rs)}
}
