package commune

import (
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/web/ui"
)

// UnlockPeriod lifts the lock on a period, with the leader's reason, through
// the reporting use case.
func (h *Handlers) UnlockPeriod(w http.ResponseWriter, r *http.Request) {
	p, ok := h.reportPathPeriod(w, r)
	if !ok {
		return
	}
	unlock := unlockForm{Reason: strings.TrimSpace(ui.Text(r, "reason")), Errors: ui.Errors{}}
	if err := h.uc.Reporting.Unlock(r.Context(), ui.ActorOf(r), p, unlock.Reason); err != nil {
		h.refuseReport(w, r, p, func(data *reportPage) { data.Unlock = unlock }, unlock.Errors, err)
		return
	}
	ui.Redirect(w, r, reportPath(p), "Đã mở khóa số liệu "+p.Words()+". Báo cáo đã ban hành vẫn được giữ; ban hành lại sẽ thay thế bản cũ.")
}
