package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// unlockReasonMin is the shortest reason accepted: enough for a sentence that
// says why an issued report's data must change.
const unlockReasonMin = 10

// unlockPeriod lifts the lock on a period, with the leader's reason in the
// audit log, in one transaction. The issued documents stay; issuing again
// supersedes them.
func (s *Server) unlockPeriod(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	p, ok := s.reportPathPeriod(w, r)
	if !ok {
		return
	}
	unlock := unlockForm{Reason: strings.TrimSpace(formText(r, "reason")), Errors: fieldErrors{}}
	keep := func(data *reportPage) { data.Unlock = unlock }
	if utf8.RuneCountInString(unlock.Reason) < unlockReasonMin {
		unlock.Errors.add("reason", "Nhập lý do mở khóa (ít nhất 10 ký tự), ví dụ: “Cập nhật số liệu tiêu chí 12 do đơn vị báo cáo bổ sung”.")
		s.composeAgain(w, r, http.StatusUnprocessableEntity, p, keep)
		return
	}
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		lock, err := tx.PeriodLock(r.Context(), v.Org.ID, p)
		if domain.IsNotFound(err) {
			return domain.Errorf(domain.Conflict, "Số liệu %s đang mở, không cần mở khóa.", p.Words())
		}
		if err != nil {
			return err
		}
		if err := tx.UnlockPeriod(r.Context(), v.Org.ID, p); err != nil {
			return err
		}
		before := struct {
			Period   string `json:"period"`
			LockedAt string `json:"locked_at"`
			LockedBy string `json:"locked_by"`
		}{p.String(), lock.LockedAt.In(domain.Vietnam).Format("02/01/2006 15:04"), lock.LockedBy}
		return s.audit(tx, r, "period.unlock", "số liệu "+p.String(), before, nil, unlock.Reason)
	})
	if err != nil {
		s.refuseReport(w, r, p, keep, unlock.Errors, err)
		return
	}
	redirectWithFlash(w, r, reportPath(p), "Đã mở khóa số liệu "+p.Words()+". Báo cáo đã ban hành vẫn được giữ; ban hành lại sẽ thay thế bản cũ.")
}
