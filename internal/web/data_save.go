package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// saveData saves a grid: every row is checked first, and either everything
// is saved in one transaction (changed records, their history, the files,
// one audit entry) or nothing is, and the grid comes back with the user's
// input and the errors.
func (s *Server) saveData(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	r.Body = http.MaxBytesReader(w, r.Body, s.maxDataPost())
	post, err := readDataPost(r, s.cfg.MaxUploadBytes)
	if errors.Is(err, errTooLarge) {
		s.renderError(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("Dữ liệu gửi lên quá lớn: mỗi lần lưu gửi được tối đa %s (mỗi tệp tối đa %s). Chưa lưu gì.", byteSize(s.maxDataPost()), byteSize(s.cfg.MaxUploadBytes)))
		return
	}
	if err != nil {
		s.badRequest(w, r, "Không đọc được biểu mẫu gửi lên. Chưa lưu gì.")
		return
	}
	g, err := s.openGrid(r.Context(), v, post.Values)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if g.NoProgram != "" {
		s.fail(w, r, domain.Errorf(domain.NotFound, "%s", g.NoProgram))
		return
	}
	errs := fieldErrors{}
	entry, err := s.parseEntry(v, g, post, errs)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if g.Locked {
		s.refuseData(w, r, g, post, errs, http.StatusConflict, lockedSummary(g))
		return
	}
	if errs.any() {
		s.refuseData(w, r, g, post, errs, http.StatusUnprocessableEntity, fmt.Sprintf("Chưa lưu gì: có %d chỗ cần sửa, ghi ngay bên dưới và bên cạnh từng ô.", len(errs)))
		return
	}
	res, err := s.saveEntry(r, g, entry)
	if domain.ErrorCode(err) == domain.Conflict {
		// Locked while the user was typing: the page says so.
		g.Locked = true
		s.refuseData(w, r, g, post, errs, http.StatusConflict, lockedSummary(g))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	msg := fmt.Sprintf("Đã lưu số liệu của %d tiêu chí.", res.Criteria())
	if res.Criteria() == 0 {
		msg = "Không có thay đổi nào để lưu."
	}
	redirectWithFlash(w, r, g.Sel.query(), msg)
}

func lockedSummary(g *grid) string {
	return "Chưa lưu gì: số liệu " + g.Sel.Period.Words() + " đã khóa vì báo cáo đã ban hành."
}

// refuseData shows the grid again with what the user typed, the errors and a
// summary, and saves nothing.
func (s *Server) refuseData(w http.ResponseWriter, r *http.Request, g *grid, post dataPost, errs fieldErrors, status int, summary string) {
	if err := s.fillGrid(r.Context(), mustViewer(r), g); err != nil {
		s.fail(w, r, err)
		return
	}
	if summary != "" {
		errs[""] = summary
	}
	if len(post.Files) > 0 && status != http.StatusUnprocessableEntity {
		errs.add("", "Các tệp đã chọn chưa được lưu.")
	}
	s.render(w, r, status, "data", s.dataPageOf(r, g, post.Values, errs))
}

// saveEntry writes the entry and its audit entry in one transaction.
func (s *Server) saveEntry(r *http.Request, g *grid, e dataEntry) (storage.EntryResult, error) {
	v := mustViewer(r)
	by := v.User.Name
	if by == "" {
		by = v.User.Login
	}
	var res storage.EntryResult
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		var err error
		res, err = tx.SaveProgressEntry(r.Context(), storage.ProgressEntry{
			OrgID: v.Org.ID, ProgramID: g.Program.ID, Period: g.Sel.Period,
			Records: e.Records, Files: e.Files, By: by, At: s.now(),
		})
		if err != nil || res.Criteria() == 0 {
			return err
		}
		before, after := auditOfEntry(e, res)
		return s.audit(tx, r, "progress.save", "số liệu "+g.Sel.Period.Words(), before, after, "")
	})
	return res, err
}

// dataAudit is what the audit log keeps of a save: each changed criterion's
// record in words, and the files added.
type dataAudit struct {
	Records []dataAuditRecord `json:"records"`
	Files   []string          `json:"files,omitempty"`
}

type dataAuditRecord struct {
	Criterion string `json:"criterion"`
	Record    string `json:"record"`
}

func auditOfEntry(e dataEntry, res storage.EntryResult) (before, after dataAudit) {
	for _, ch := range res.Changes {
		c := e.Criteria[ch.CriterionID]
		label := e.Labels[ch.CriterionID]
		before.Records = append(before.Records, dataAuditRecord{label, recordWords(c, ch.Before)})
		after.Records = append(after.Records, dataAuditRecord{label, recordWords(c, ch.After)})
	}
	for _, f := range res.Files {
		after.Files = append(after.Files, fmt.Sprintf("%s: %s (%s)", e.Labels[f.CriterionID], f.Name, byteSize(f.Size)))
	}
	return before, after
}
