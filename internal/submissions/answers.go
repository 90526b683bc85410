package submissions

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// AnswersPerPage is how many published answers one page lists.
const AnswersPerPage = 10

// AnswersQuery asks for a page of published answers.
type AnswersQuery struct {
	Query   string // words, with or without accents
	OrgCode string // one organisation's answers; "" for every organisation's
	Page    int    // from 1
}

// AnswersPage is a page of published answers.
type AnswersPage struct {
	Org   domain.Org // the organisation asked for; zero for all
	Items []PublishedAnswer
	Total int // answers matching in all
	Pages int
}

// PublishedAnswer is one published submission with its answer, as the
// public reads it: no tracking code (a bearer secret), nothing of the sender,
// and the sender's data masked wherever the texts repeat it.
type PublishedAnswer struct {
	KindName    string
	OrgName     string
	Field       string
	Title       string
	Excerpt     string // the start of the content
	Answer      string
	ReceivedAt  time.Time
	AnsweredAt  time.Time
	PublishedAt time.Time
}

// PublishedAnswers returns a page of the answers organisations published,
// newest first, searched without accents.
func (s *Service) PublishedAnswers(ctx context.Context, q AnswersQuery) (AnswersPage, error) {
	for _, f := range []struct{ name, value string }{{"q", q.Query}, {"org", q.OrgCode}} {
		if problems := domain.TextProblems(f.name, f.value, false); len(problems) > 0 {
			return AnswersPage{}, domain.InvalidInput("Tìm kiếm có ký tự không hợp lệ.", problems)
		}
	}
	var out AnswersPage
	if code := domain.NFC(q.OrgCode); code != "" {
		org, err := s.PublicOrg(ctx, code)
		if err != nil {
			return AnswersPage{}, err
		}
		out.Org = org
	}
	page := max(q.Page, 1)
	list, total, err := s.env.Store.PublishedAnswers(ctx, out.Org.ID, domain.NFC(q.Query), AnswersPerPage, (page-1)*AnswersPerPage)
	if err != nil {
		return AnswersPage{}, err
	}
	names := map[int64]string{}
	for _, sub := range list {
		name, ok := names[sub.OrgID]
		if !ok {
			org, err := s.env.Store.OrgByID(ctx, sub.OrgID)
			if err != nil {
				return AnswersPage{}, fmt.Errorf("organisation of a published answer: %w", err)
			}
			name = org.DisplayName()
			names[sub.OrgID] = name
		}
		out.Items = append(out.Items, published(sub, name))
	}
	out.Total, out.Pages = total, max(1, (total+AnswersPerPage-1)/AnswersPerPage)
	return out, nil
}

// published is a submission as the published answers show it, the sender's
// data masked.
func published(sub domain.Submission, orgName string) PublishedAnswer {
	m := sub.PersonalMask()
	return PublishedAnswer{KindName: KindName(sub.Kind), OrgName: orgName, Field: sub.Field,
		Title: m.Mask(sub.Title), Excerpt: shorten(m.Mask(sub.Content), 300), Answer: m.Mask(sub.Answer),
		ReceivedAt: sub.ReceivedAt, AnsweredAt: sub.AnsweredAt, PublishedAt: sub.PublishedAt}
}
