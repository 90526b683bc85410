package province

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/web/ui"
)

// filingPage is one commune's submitted report: its versions, the figures
// of the latest, what changed since the one before, and the review forms.
type filingPage struct {
	ui.Page
	filings.View
	Diff    domain.SnapshotDiff
	HasDiff bool // there is a version before the latest
	Return  returnForm
	Problem string // why a review was refused when no field can say it (stale, reviewed already)
}

type returnForm struct {
	Reason string
	Errors ui.Errors
}

// Reviewable reports whether the signed-in person may accept or return the
// report now: a reviewer, and the report waits for review.
func (p filingPage) Reviewable() bool {
	return p.Can(domain.ActReviewReports) && p.Filing.Status == domain.FilingSubmitted
}

// Filing shows a filing of the province.
func (h *Handlers) Filing(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	data, err := h.filingData(r, id)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "province_filing", data)
}

func (h *Handlers) filingData(r *http.Request, id int64) (*filingPage, error) {
	a := ui.ActorOf(r)
	v, err := h.uc.Filings.Filing(r.Context(), a, id)
	if err != nil {
		return nil, err
	}
	data := &filingPage{Page: h.ui.Page(r, "Báo cáo "+v.Filing.Period.Words()+" — "+v.Commune.DisplayName(), "completeness"),
		View: v, Return: returnForm{Errors: ui.Errors{}}}
	if n := len(v.Versions); n > 1 {
		if data.Diff, err = h.uc.Filings.Diff(r.Context(), a, id, n-1, n); err != nil {
			return nil, err
		}
		data.HasDiff = true
	}
	return data, nil
}

// AcceptFiling accepts a submitted report, reviewed on the page at the
// version posted.
func (h *Handlers) AcceptFiling(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	if err := h.uc.Filings.Accept(r.Context(), ui.ActorOf(r), id, ui.Version(r)); err != nil {
		h.refuseReview(w, r, id, returnForm{Errors: ui.Errors{}}, err)
		return
	}
	ui.Redirect(w, r, filingPath(id), "Đã tiếp nhận báo cáo. Xã đã được thông báo; số liệu của kỳ giữ khóa.")
}

// ReturnFiling returns a submitted report with the reviewer's reason.
func (h *Handlers) ReturnFiling(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	form := returnForm{Reason: strings.TrimSpace(ui.Text(r, "reason")), Errors: ui.Errors{}}
	if err := h.uc.Filings.Return(r.Context(), ui.ActorOf(r), id, ui.Version(r), form.Reason); err != nil {
		h.refuseReview(w, r, id, form, err)
		return
	}
	ui.Redirect(w, r, filingPath(id), "Đã trả lại báo cáo kèm lý do. Số liệu của xã đã mở khóa để sửa; xã đã được thông báo.")
}

// refuseReview shows the filing again with why the review was refused: the
// reason's problem (422), a stale page or a report reviewed already (409).
func (h *Handlers) refuseReview(w http.ResponseWriter, r *http.Request, id int64, form returnForm, err error) {
	status := http.StatusConflict
	switch code := domain.ErrorCode(err); {
	case code == domain.Stale || code == domain.Conflict:
	case code == domain.Invalid && form.Errors.FromDomain(err):
		status = http.StatusUnprocessableEntity
	default:
		h.ui.FailRead(w, r, err)
		return
	}
	data, loadErr := h.filingData(r, id)
	if loadErr != nil {
		h.ui.FailRead(w, r, loadErr)
		return
	}
	data.Return = form
	if status == http.StatusConflict {
		data.Problem = err.Error()
	}
	h.ui.Render(w, r, status, "province_filing", data)
}

// DownloadFiling sends the DOCX or PDF of one version as the commune issued it.
func (h *Handlers) DownloadFiling(w http.ResponseWriter, r *http.Request) {
	id, okID := ui.PathID(r, "id")
	n, err := strconv.Atoi(r.PathValue("n"))
	if !okID || err != nil {
		h.ui.NotFound(w, r)
		return
	}
	doc, err := h.uc.Filings.Download(r.Context(), ui.ActorOf(r), id, n, r.PathValue("format"))
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	contentType := "application/pdf"
	if doc.Format == "docx" {
		contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	}
	ui.SendStoredFile(w, doc.Filename, contentType, doc.Body)
}

func filingPath(id int64) string { return "/province/filings/" + strconv.FormatInt(id, 10) }
