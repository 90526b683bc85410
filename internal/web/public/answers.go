package public

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// answersPage lists the answers organisations published, searchable without
// accents. It shows no tracking code (a bearer secret) and nothing of the
// senders.
type answersPage struct {
	ui.Page
	Query    string
	OrgCode  string // limits the list to one organisation when set
	OrgName  string
	Items    []submissions.PublishedAnswer
	Total    int
	PageNo   int
	Pages    int
	PrevURL  string
	NextURL  string
	FirstNo  int // the number of the first item shown, for "1–10 trong 23"
	LastNo   int
	AllURL   string // the same search in every organisation
	Searched bool
}

// Answers lists published answers (?q= words in any accents,
// ?org= one organisation's code, ?page= the page).
func (h *Handlers) Answers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	data := &answersPage{Page: h.ui.Page(r, "Câu trả lời đã công khai", "answers"),
		Query: domain.NFC(q.Get("q")), OrgCode: domain.NFC(q.Get("org")), PageNo: ui.PageNumber(q.Get("page"))}
	data.Searched = data.Query != ""
	res, err := h.uc.Submissions.PublishedAnswers(r.Context(), submissions.AnswersQuery{Query: data.Query, OrgCode: data.OrgCode, Page: data.PageNo})
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	if res.Org.ID != 0 {
		data.OrgName = res.Org.DisplayName()
		data.Title = "Câu trả lời đã công khai của " + data.OrgName
	}
	data.Items = res.Items
	for i := range data.Items {
		it := &data.Items[i]
		it.ReceivedAt, it.AnsweredAt, it.PublishedAt = inVietnam(it.ReceivedAt), inVietnam(it.AnsweredAt), inVietnam(it.PublishedAt)
	}
	data.paginate(res.Total, res.Pages)
	h.ui.Render(w, r, http.StatusOK, "public_answers", data)
}

// paginate works out the page links of a list of total items.
func (p *answersPage) paginate(total, pages int) {
	p.Total, p.Pages = total, pages
	if len(p.Items) > 0 {
		p.FirstNo = (p.PageNo-1)*submissions.AnswersPerPage + 1
		p.LastNo = p.FirstNo + len(p.Items) - 1
	}
	link := func(org string, page int) string {
		v := url.Values{}
		if p.Query != "" {
			v.Set("q", p.Query)
		}
		if org != "" {
			v.Set("org", org)
		}
		if page > 1 {
			v.Set("page", strconv.Itoa(page))
		}
		if len(v) == 0 {
			return "/tra-loi"
		}
		return "/tra-loi?" + v.Encode()
	}
	p.PrevURL, p.NextURL = ui.Paginate(p.PageNo, p.Pages, func(page int) string { return link(p.OrgCode, page) })
	if p.OrgCode != "" {
		p.AllURL = link("", 1)
	}
}

// inVietnam puts an instant in Vietnam's time, so that the date template
// helper shows the day it was there.
func inVietnam(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.In(domain.Vietnam)
}
