package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// answersPerPage is how many published answers one page lists.
const answersPerPage = 10

// answersPage lists the answers organisations published, searchable without
// accents. It shows no tracking code (a bearer secret) and nothing of the
// senders.
type answersPage struct {
	Page
	Query    string
	OrgCode  string // limits the list to one organisation when set
	OrgName  string
	Items    []publishedAnswer
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

// publishedAnswer is one published submission with its answer.
type publishedAnswer struct {
	KindName    string
	OrgName     string
	Field       string
	Title       string
	Excerpt     string
	Answer      string
	ReceivedAt  time.Time
	AnsweredAt  time.Time
	PublishedAt time.Time
}

// publishedAnswers lists published answers (?q= words in any accents,
// ?org= one organisation's code, ?page= the page).
func (s *Server) publishedAnswers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	data := &answersPage{Page: s.page(r, "Câu trả lời đã công khai", "answers"),
		Query: domain.NFC(q.Get("q")), OrgCode: domain.NFC(q.Get("org")), PageNo: pageNumber(q.Get("page"))}
	data.Searched = data.Query != ""
	var orgID int64
	if data.OrgCode != "" {
		org, err := s.store.OrgByCode(r.Context(), data.OrgCode)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		orgID, data.OrgName = org.ID, org.DisplayName()
		data.Title = "Câu trả lời đã công khai của " + data.OrgName
	}
	list, total, err := s.store.PublishedAnswers(r.Context(), orgID, data.Query, answersPerPage, (data.PageNo-1)*answersPerPage)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if data.Items, err = s.publishedItems(r.Context(), list); err != nil {
		s.serverError(w, r, err)
		return
	}
	data.paginate(total)
	s.render(w, r, http.StatusOK, "public_answers", data)
}

// publishedItems turns published submissions into the list's items, naming
// each one's organisation.
func (s *Server) publishedItems(ctx context.Context, list []domain.Submission) ([]publishedAnswer, error) {
	names := map[int64]string{}
	items := make([]publishedAnswer, 0, len(list))
	for _, sub := range list {
		name, ok := names[sub.OrgID]
		if !ok {
			org, err := s.store.OrgByID(ctx, sub.OrgID)
			if err != nil {
				return nil, fmt.Errorf("organisation of a published answer: %w", err)
			}
			name = org.DisplayName()
			names[sub.OrgID] = name
		}
		items = append(items, publishedAnswer{KindName: kindName(sub.Kind), OrgName: name, Field: sub.Field,
			Title: sub.Title, Excerpt: shorten(sub.Content, 300), Answer: sub.Answer,
			ReceivedAt: inVietnam(sub.ReceivedAt), AnsweredAt: inVietnam(sub.AnsweredAt), PublishedAt: inVietnam(sub.PublishedAt)})
	}
	return items, nil
}

// paginate works out the page links of a list of total items.
func (p *answersPage) paginate(total int) {
	p.Total = total
	p.Pages = max(1, (total+answersPerPage-1)/answersPerPage)
	if len(p.Items) > 0 {
		p.FirstNo = (p.PageNo-1)*answersPerPage + 1
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
	if p.PageNo > 1 {
		p.PrevURL = link(p.OrgCode, min(p.PageNo-1, p.Pages))
	}
	if p.PageNo < p.Pages {
		p.NextURL = link(p.OrgCode, p.PageNo+1)
	}
	if p.OrgCode != "" {
		p.AllURL = link("", 1)
	}
}

// pageNumber reads a page number; anything but a positive number is page 1.
func pageNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 100000)
}

// inVietnam puts an instant in Vietnam's time, so that the date template
// helper shows the day it was there.
func inVietnam(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.In(domain.Vietnam)
}
