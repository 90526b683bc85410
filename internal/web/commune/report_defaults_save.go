package commune

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// SaveReportDefaults stores the organisation's report settings through the
// reporting use case. A refused save shows the form again with what was
// typed: 422 with each problem beside its field, 409 with who saved since.
func (h *Handlers) SaveReportDefaults(w http.ResponseWriter, r *http.Request) {
	form := readReportDefaultsForm(r)
	err := h.uc.Reporting.SaveDefaults(r.Context(), ui.ActorOf(r), form)
	if err == nil {
		ui.Redirect(w, r, "/settings/report", "Đã lưu thiết lập chung của báo cáo. Các kỳ chưa ban hành dùng ngay thiết lập mới.")
		return
	}
	data, derr := h.reportDefaultsData(r)
	if derr != nil {
		h.ui.Fail(w, r, derr)
		return
	}
	data.Form = form
	switch {
	case domain.ErrorCode(err) == domain.Stale:
		data.Problem = err.Error()
		data.Form.Version = data.Version // saving again is now a deliberate choice over the newer version
		h.ui.Render(w, r, http.StatusConflict, "report_defaults", data)
	case data.Errors.FromDomain(err):
		data.Errors.Add("", "Chưa lưu: còn lỗi ở các ô được đánh dấu bên dưới.")
		h.ui.Render(w, r, http.StatusUnprocessableEntity, "report_defaults", data)
	default:
		h.ui.Fail(w, r, err)
	}
}
