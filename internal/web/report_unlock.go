package web

import (
	"net/http"
	"strings"
)

// unlockPeriod lifts the lock on a period, with the leader's reason, through
// the reporting use case.
func (s *Server) unlockPeriod(w http.ResponseWriter, r *http.Request) {
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	unlock := unlockForm{Reason: strings.TrimSpace(formText(r, "reason")), Errors: fieldErrors{}}
	if err := s.uc.reporting.Unlock(r.Context(), actorOf(r), p, unlock.Reason); err != nil {
		s.refuseReport(w, r, p, func(data *reportPage) { data.Unlock = unlock }, unlock.Errors, err)
		return
	}
	redirectWithFlash(w, r, reportPath(p), "Đã mở khóa số liệu "+p.Words()+". Báo cáo đã ban hành vẫn được giữ; ban hành lại sẽ thay thế bản cũ.")
}
