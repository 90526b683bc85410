package commune

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/web/ui"
)

// dataFilesPerSave is how many files of the largest size one save may carry;
// with the form fields it bounds the whole request body.
const dataFilesPerSave = 5

// maxDataPost is the largest request body a save of the grid may have.
func (h *Handlers) maxDataPost() int64 {
	return dataFilesPerSave*h.maxUpload + 1<<20
}

// SaveData saves a grid through the entry use case, then shows the grid
// again: after a redirect when everything was saved; at once, with what the
// person typed and why, when something was refused.
func (h *Handlers) SaveData(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, h.maxDataPost())
	post, err := ui.ReadPost(r, h.maxUpload)
	var bad *ui.BadText
	switch {
	case errors.Is(err, ui.ErrTooLarge):
		h.ui.Error(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("Dữ liệu gửi lên quá lớn: mỗi lần lưu gửi được tối đa %s (mỗi tệp tối đa %s). Chưa lưu gì.", domain.ByteSize(h.maxDataPost()), domain.ByteSize(h.maxUpload)))
		return
	case errors.As(err, &bad):
		h.ui.RefuseText(w, r, bad.Field, bad.Problem)
		return
	case err != nil:
		h.ui.BadRequest(w, r, "Không đọc được biểu mẫu gửi lên. Chưa lưu gì.")
		return
	}
	q, err := h.dataQuery(post.Values)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	res, err := h.uc.Entry.Save(r.Context(), ui.ActorOf(r), saveInput(q, post, h.maxUpload))
	var de *domain.Error
	switch {
	case err == nil && len(res.Refused) == 0:
		msg := fmt.Sprintf("Đã lưu số liệu của %d tiêu chí.", res.Saved)
		if res.Saved == 0 {
			msg = "Không có thay đổi nào để lưu."
		}
		ui.Redirect(w, r, gridURL(q.Period, q.UnitID), msg)
	case err == nil:
		h.refuseData(w, r, q, staleRefusal(post, res), http.StatusConflict)
	case errors.As(err, &de) && (de.Code == domain.Invalid && len(de.Problems) > 0 || de.Code == domain.Conflict):
		h.refuseData(w, r, q, unsavedRefusal(post, de), map[domain.Code]int{domain.Invalid: http.StatusUnprocessableEntity, domain.Conflict: http.StatusConflict}[de.Code])
	default:
		h.ui.Fail(w, r, err)
	}
}

// unsavedRefusal is a save of which nothing was written: every posted row
// keeps what was typed and what it was drawn with.
func unsavedRefusal(post ui.Post, de *domain.Error) *dataRefusal {
	ref := &dataRefusal{posted: post.Values, keep: map[int64]dataKeep{}, errs: ui.Errors{}}
	for _, row := range postedRows(post) {
		ref.keep[row] = keepDrawn
	}
	if de.Code == domain.Invalid {
		ref.errs.FromDomain(de)
		ref.errs[""] = de.Message
		return ref
	}
	ref.errs[""] = "Chưa lưu gì: " + de.Message + "."
	if len(post.Files) > 0 {
		ref.errs.Add("", "Các tệp đã chọn chưa được lưu.")
	}
	return ref
}

// staleRefusal is a save of which some rows were refused because someone
// else changed their record meanwhile: those rows keep what was typed, now
// against the new record; the others show what the period holds now.
func staleRefusal(post ui.Post, res entry.SaveResult) *dataRefusal {
	ref := &dataRefusal{posted: post.Values, keep: map[int64]dataKeep{}, errs: ui.Errors{}}
	refused := map[int64]bool{}
	for _, rf := range res.Refused {
		refused[rf.CriterionID] = true
		ref.keep[rf.CriterionID] = keepTyped
		ref.errs.Add(entry.Fields(rf.CriterionID).Row, rf.Err.Message)
	}
	ref.errs[""] = fmt.Sprintf("Đã lưu %d tiêu chí; chưa lưu %d tiêu chí vì có người khác vừa sửa số liệu của tiêu chí đó sau khi bạn mở trang (ghi ngay bên dưới). Hãy xem lại, rồi bấm Lưu số liệu lần nữa nếu vẫn muốn sửa.",
		res.Saved, len(res.Refused))
	for _, u := range post.Files {
		if id, ok := entry.FileCriterion(u.Field); ok && refused[id] {
			ref.errs.Add(entry.Fields(id).File, "Tệp “"+domain.CleanFileName(u.Name)+"” chưa được lưu; chọn lại tệp khi lưu lần sau.")
		}
	}
	return ref
}

// refuseData shows the grid again with a refused save.
func (h *Handlers) refuseData(w http.ResponseWriter, r *http.Request, q entry.GridQuery, ref *dataRefusal, status int) {
	g, err := h.uc.Entry.Grid(r.Context(), ui.ActorOf(r), q)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, status, "data", h.dataPageOf(r, g, ref))
}

// postedRows returns the criteria of the rows of a post.
func postedRows(post ui.Post) []int64 {
	var out []int64
	for _, text := range post.Values["row"] {
		if id, err := strconv.ParseInt(text, 10, 64); err == nil {
			out = append(out, id)
		}
	}
	return out
}
