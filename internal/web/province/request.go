package province

import (
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/web/ui"
)

// requestPage shows one request: the document it cites, its rules, the
// communes it goes to, the due dates of its next periods and, while it is
// a draft, the form that edits it and the button that issues it.
type requestPage struct {
	ui.Page
	Detail   requests.Detail
	Edit     requestFormView
	EditOpen bool // show the edit form unfolded (it has errors)
	Problem  string
}

// Draft reports whether the request is not issued yet.
func (p requestPage) Draft() bool { return p.Detail.Request.IssuedAt.IsZero() }

// Open reports whether the request is issued and not closed.
func (p requestPage) Open() bool { return !p.Draft() && p.Detail.Request.ClosedAt.IsZero() }

// Frequency names how often the request asks: "Hằng tháng".
func (p requestPage) Frequency() string {
	for _, f := range requests.Frequencies {
		if f.Kind == p.Detail.Request.Frequency {
			return f.Label
		}
	}
	return ""
}

func (h *Handlers) requestPage(r *http.Request, id int64) (*requestPage, error) {
	d, err := h.uc.Requests.Get(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		return nil, err
	}
	title := fmt.Sprintf("Yêu cầu báo cáo theo %s số %s", d.Request.DocType, d.Request.DocNumber)
	return &requestPage{Page: h.ui.Page(r, title, "requests"), Detail: d,
		Edit: newRequestFormView(requests.FormOf(d.Request), d.Request.Version, d.All, requestPath(id), "Lưu dự thảo")}, nil
}

// Request shows a request of the province; one of another province is
// not found.
func (h *Handlers) Request(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	data, err := h.requestPage(r, id)
	if err != nil {
		h.ui.FailRead(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "province_request", data)
}

// SaveRequest saves the draft's form at the version it was drawn with; a
// refused save is shown again with what was typed (and, for a stale one,
// who changed it and the version it must now carry).
func (h *Handlers) SaveRequest(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	form := readRequestForm(r)
	form.ID = id
	_, err := h.uc.Requests.Save(r.Context(), ui.ActorOf(r), form, ui.Version(r))
	if err == nil {
		ui.Redirect(w, r, requestPath(id), "Đã lưu dự thảo yêu cầu báo cáo.")
		return
	}
	errs := ui.Errors{}
	status, current, refused := ui.Refused(err, errs)
	if !refused {
		h.ui.FailRead(w, r, err)
		return
	}
	data, lerr := h.requestPage(r, id)
	if lerr != nil {
		h.ui.FailRead(w, r, lerr)
		return
	}
	data.Edit.Form, data.Edit.Errors, data.EditOpen = form, errs, true
	if current != 0 {
		data.Edit.Version = current
	} else {
		data.Edit.Version = ui.Version(r)
	}
	h.ui.Render(w, r, status, "province_request", data)
}

// IssueRequest issues the draft: the communes it covers are told at once.
func (h *Handlers) IssueRequest(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	req, sent, err := h.uc.Requests.Issue(r.Context(), ui.ActorOf(r), id, ui.Version(r))
	if err == nil {
		ui.Redirect(w, r, requestPath(id), fmt.Sprintf("Đã ban hành yêu cầu theo %s và thông báo cho %d xã, phường.", req.Citation(), sent))
		return
	}
	h.actionRefused(w, r, id, err)
}

// CloseRequest closes the request: it asks for no more reports.
func (h *Handlers) CloseRequest(w http.ResponseWriter, r *http.Request) {
	id, ok := h.ui.PathOr404(w, r, "id")
	if !ok {
		return
	}
	req, err := h.uc.Requests.Close(r.Context(), ui.ActorOf(r), id, ui.Version(r))
	if err == nil {
		ui.Redirect(w, r, requestPath(id), fmt.Sprintf("Đã đóng yêu cầu theo %s: không yêu cầu thêm kỳ nào; báo cáo các kỳ đã kết thúc vẫn phải nộp.", req.Citation()))
		return
	}
	h.actionRefused(w, r, id, err)
}

// actionRefused shows the request's page again with why issuing or closing
// it was refused (someone changed it, it was issued already, it lacks a
// field), or the error page for anything else.
func (h *Handlers) actionRefused(w http.ResponseWriter, r *http.Request, id int64, err error) {
	code := domain.ErrorCode(err)
	if code != domain.Stale && code != domain.Conflict && code != domain.Invalid {
		h.ui.FailRead(w, r, err)
		return
	}
	data, lerr := h.requestPage(r, id)
	if lerr != nil {
		h.ui.FailRead(w, r, lerr)
		return
	}
	data.Problem = err.Error()
	h.ui.Render(w, r, ui.Status(code), "province_request", data)
}
