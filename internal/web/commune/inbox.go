package commune

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// inboxPage is the staff inbox: the filters, one page of submissions and the
// links to the pages around it.
type inboxPage struct {
	ui.Page
	submissions.Inbox
	Filter   submissions.InboxQuery
	Kinds    []domain.SubmissionKind
	Statuses []domain.SubmissionStatus
	PageNum  int
	PrevURL  string
	NextURL  string
}

// Inbox lists the submissions the viewer handles, filtered, a page at a
// time.
func (h *Handlers) Inbox(w http.ResponseWriter, r *http.Request) {
	res, err := h.uc.Submissions.Inbox(r.Context(), ui.ActorOf(r), readInboxFilter(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data := &inboxPage{Page: h.ui.Page(r, "Phản ánh, kiến nghị", "submissions"), Inbox: res, Filter: res.Query,
		Kinds: domain.SubmissionKinds, Statuses: submissions.Statuses}
	paginateInbox(data, r.URL.Query())
	h.ui.Render(w, r, http.StatusOK, "inbox", data)
}

// readInboxFilter reads the filter from the query; values it does not know
// are ignored rather than refused, since they only narrow a list.
func readInboxFilter(r *http.Request) submissions.InboxQuery {
	f := submissions.InboxQuery{Query: r.FormValue("q"), Page: 1}
	if k := domain.SubmissionKind(r.FormValue("kind")); k.Valid() {
		f.Kind = k
	}
	if st := domain.SubmissionStatus(r.FormValue("status")); st.Valid() {
		f.Status = st
	}
	if d := r.FormValue("deadline"); d == submissions.DueOverdue || d == submissions.DueSoon {
		f.Deadline = d
	}
	f.UnitID, _ = strconv.ParseInt(r.FormValue("unit"), 10, 64)
	f.Page = ui.PageNumber(r.FormValue("page"))
	return f
}

// paginateInbox sets the links to the previous and next pages, keeping the
// filters.
func paginateInbox(data *inboxPage, q url.Values) {
	data.PageNum = data.Filter.Page
	data.PrevURL, data.NextURL = ui.Paginate(data.PageNum, data.Pages, func(page int) string {
		q.Set("page", strconv.Itoa(page))
		return "/submissions?" + q.Encode()
	})
}
