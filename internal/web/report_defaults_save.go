package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// saveReportDefaults stores the organisation's report settings through the
// reporting use case. A refused save shows the form again with what was
// typed: 422 with each problem beside its field, 409 with who saved since.
func (s *Server) saveReportDefaults(w http.ResponseWriter, r *http.Request) {
	form := readReportDefaultsForm(r)
	err := s.uc.reporting.SaveDefaults(r.Context(), actorOf(r), form)
	if err == nil {
		redirectWithFlash(w, r, "/settings/report", "Đã lưu thiết lập chung của báo cáo. Các kỳ chưa ban hành dùng ngay thiết lập mới.")
		return
	}
	data, derr := s.reportDefaultsData(r)
	if derr != nil {
		s.fail(w, r, derr)
		return
	}
	data.Form = form
	switch {
	case domain.ErrorCode(err) == domain.Stale:
		data.Problem = err.Error()
		data.Form.Version = data.Version // saving again is now a deliberate choice over the newer version
		s.render(w, r, http.StatusConflict, "report_defaults", data)
	case data.Errors.fromDomain(err):
		data.Errors.add("", "Chưa lưu: còn lỗi ở các ô được đánh dấu bên dưới.")
		s.render(w, r, http.StatusUnprocessableEntity, "report_defaults", data)
	default:
		s.fail(w, r, err)
	}
}
